package org.singlepassword.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Starts the real service, as Main does, on a free port with its own data directory. */
final class RunningService {

  static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

  private RunningService() {}

  static SinglePassword start(Path dataDir) {
    return SinglePassword.start(settings(dataDir));
  }

  static Settings settings(Path dataDir) {
    return Settings.from(Map.of("SPS_ADMIN_TOKEN", ADMIN_TOKEN, "SPS_DEMO_ACCOUNT", "false"))
        .withHttpPortAndDataDir(0, dataDir);
  }

  static URI base(SinglePassword service) {
    return URI.create("http://127.0.0.1:" + service.port() + "/");
  }
}
