package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;

/**
 * Makes Guice strict: every binding is an explicit {@code @Provides} method, and no proxy hides a
 * cycle, so a broken graph fails at start instead of on the first request.
 */
final class StrictWiringModule extends AbstractModule {

  @Override
  protected void configure() {
    binder().requireExplicitBindings();
    binder().disableCircularProxies();
    binder().requireAtInjectOnConstructors();
  }
}
