package org.singlepassword.adapters.web.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a submitted form, box by box (by field name), in the page's order of boxes: what
 * the error summary lists and each box shows under its label. Every problem is kept, not only the
 * first, so that a person fixes them all at once.
 */
public final class FormErrors {

  private final List<String> fields;
  private final Map<String, List<String>> messages = new LinkedHashMap<>();

  /** No problems yet, in a form of these boxes, in the page's order. */
  public FormErrors(String... fieldsInPageOrder) {
    this.fields = List.of(fieldsInPageOrder);
  }

  public FormErrors add(String field, String message) {
    if (!fields.contains(field)) {
      throw new IllegalArgumentException("no box " + field + " in this form: " + fields);
    }
    messages.computeIfAbsent(field, unused -> new ArrayList<>()).add(message);
    return this;
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** The problems of one box; none: an empty list. */
  public List<String> of(String field) {
    return List.copyOf(messages.getOrDefault(field, List.of()));
  }

  /** Every problem by box, in the page's order of boxes. */
  public Map<String, List<String>> all() {
    Map<String, List<String>> inOrder = new LinkedHashMap<>();
    for (String field : fields) {
      if (messages.containsKey(field)) {
        inOrder.put(field, List.copyOf(messages.get(field)));
      }
    }
    return inOrder;
  }
}
