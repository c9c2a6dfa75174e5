package org.singlepassword.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the real service, as Main does, on a free port with its own data directory. */
public final class RunningService {

  public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

  private RunningService() {}

  static SinglePassword start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  /** Started with some settings of the test's own, as an operator would set them. */
  public static SinglePassword start(Path dataDir, Map<String, String> extra) {
    return SinglePassword.start(settings(dataDir, extra));
  }

  static Settings settings(Path dataDir) {
    return settings(dataDir, Map.of());
  }

  static Settings settings(Path dataDir, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("SPS_ADMIN_TOKEN", ADMIN_TOKEN);
    env.put("SPS_DEMO_ACCOUNT", "false");
    return Settings.from(env).withHttpPortAndDataDir(0, dataDir);
  }

  public static URI base(SinglePassword service) {
    return URI.create("http://127.0.0.1:" + service.port() + "/");
  }
}
