package org.singlepassword.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The routes as {@code Routes} lists them, each address and method with its handler, kept in that
 * order and handed to Javalin as they are: so that a test can hold the API description to the very
 * routes the server answers.
 */
final class RouteTable {

  /** One address and the method it answers, such as {@code POST /api/v1/sign-in}. */
  record Route(String method, String path) {

    Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }
  }

  private record Entry(Route route, Handler handler) {}

  private final List<Entry> entries = new ArrayList<>();

  void get(String path, Handler handler) {
    add("GET", path, handler);
  }

  void post(String path, Handler handler) {
    add("POST", path, handler);
  }

  /** Every route, in the order listed. */
  List<Route> routes() {
    return entries.stream().map(Entry::route).toList();
  }

  void registerWith(RoutesConfig javalin) {
    for (Entry entry : entries) {
      switch (entry.route().method()) {
        case "GET" -> javalin.get(entry.route().path(), entry.handler());
        case "POST" -> javalin.post(entry.route().path(), entry.handler());
        default -> throw new IllegalStateException("no such method: " + entry.route().method());
      }
    }
  }

  private void add(String method, String path, Handler handler) {
    Route route = new Route(method, path);
    if (entries.stream().anyMatch(entry -> entry.route().equals(route))) {
      throw new IllegalStateException("listed twice: " + method + " " + path);
    }
    entries.add(new Entry(route, Objects.requireNonNull(handler, "handler")));
  }
}
