package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin events USERNAME}: what happened to an account, newest first, one event a line in
 * columns: when, what, through which channel and from which client address.
 */
@Command(
    name = "events",
    description = "Lists an account's events, one a line: when, what, channel, client address.")
final class AccountEventsCommand implements Callable<Integer> {

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Parameters(paramLabel = "USERNAME")
  private String username;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (newest).")
  private Integer limit;

  @Override
  public Integer call() {
    return admin.attempt(
        () -> {
          if (limit != null && limit < 1) {
            throw AdminFailure.refused("--limit must be at least 1, not " + limit);
          }
          JsonNode events =
              admin
                  .client()
                  .events(username, limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
          List<List<String>> rows = new ArrayList<>();
          events
              .path("events")
              .forEach(
                  event ->
                      rows.add(
                          List.of(
                              AlignedText.field(event, "at"),
                              AlignedText.field(event, "type"),
                              AlignedText.field(event, "channel"),
                              AlignedText.field(event, "clientAddress"))));
          AlignedText.printColumns(admin.out(), rows);
          if (rows.isEmpty()) {
            admin.err().println("No events for " + username + ".");
          }
          return AdminCommand.OK;
        });
  }
}
