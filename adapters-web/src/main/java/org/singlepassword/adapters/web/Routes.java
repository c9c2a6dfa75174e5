package org.singlepassword.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.ZoneId;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.admin.AdminAccountsApi;
import org.singlepassword.adapters.web.api.admin.AdminOnly;
import org.singlepassword.adapters.web.api.admin.AdminServicesApi;
import org.singlepassword.adapters.web.api.eservice.ChangePasswordApi;
import org.singlepassword.adapters.web.api.eservice.EServiceOnly;
import org.singlepassword.adapters.web.api.eservice.SignInApi;
import org.singlepassword.adapters.web.api.policy.PolicyApi;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.profile.AccountPasswordPage;
import org.singlepassword.adapters.web.profile.MyProfilePage;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.adapters.web.session.SignedInOnly;
import org.singlepassword.adapters.web.signin.SignInPage;
import org.singlepassword.adapters.web.signin.SignOutAction;

/**
 * Every address of the web side in one table: which page or endpoint answers it, and who may call
 * it. Read this first; each handler is a class of its own, built here from the use cases.
 */
final class Routes {

  private final SignedInOnly signedIn;
  private final EServiceOnly eService;
  private final AdminOnly admin;

  private final SignInPage signInPage;
  private final SignOutAction signOut;
  private final MyProfilePage myProfile;
  private final AccountPasswordPage accountPassword;

  private final PolicyApi policyApi;
  private final SignInApi signInApi;
  private final ChangePasswordApi changePasswordApi;
  private final AdminAccountsApi adminAccounts;
  private final AdminServicesApi adminServices;

  Routes(WebSettings settings, WebUseCases useCases, ApiJson json, SecureRandom random) {
    signedIn = new SignedInOnly(useCases.resumeSession());
    eService = new EServiceOnly(useCases.authenticateEService());
    admin = new AdminOnly(settings.adminToken());

    signInPage =
        new SignInPage(
            useCases.signIn(),
            useCases.openSession(),
            useCases.endSession(),
            new Csrf(random),
            settings.helpUrl());
    signOut = new SignOutAction(useCases.endSession());
    // People see dates in the server's time zone, which is theirs: one institution, one place.
    myProfile = new MyProfilePage(ZoneId.systemDefault());
    accountPassword =
        new AccountPasswordPage(useCases.showPasswordPolicy(), useCases.changePassword());

    policyApi = new PolicyApi(useCases.showPasswordPolicy(), json);
    signInApi = new SignInApi(useCases.signIn(), json);
    changePasswordApi = new ChangePasswordApi(useCases.changePassword(), json);
    adminAccounts = new AdminAccountsApi(useCases.provisionAccount(), json);
    adminServices = new AdminServicesApi(useCases.registerEService(), json);
  }

  void register(RoutesConfig routes) {
    // Pages, for people. Every form is checked against forgery; "signed in" pages send a person
    // with an initial password to Account Password first, except where it says "at first sign-in".
    routes.get(Paths.HOME, signedIn.page((ctx, session) -> toMyProfile(ctx)));
    routes.get(Paths.SIGN_IN, signInPage::show);
    routes.post(Paths.SIGN_IN, Csrf.signInForm(signInPage::signIn));
    routes.post(Paths.SIGN_OUT, signedIn.formOpenAtFirstSignIn(signOut::signOut));
    routes.get(Paths.MY_PROFILE, signedIn.page(myProfile::show));
    routes.get(Paths.ACCOUNT_PASSWORD, signedIn.pageOpenAtFirstSignIn(accountPassword::show));
    routes.post(Paths.ACCOUNT_PASSWORD, signedIn.formOpenAtFirstSignIn(accountPassword::change));

    // JSON API v1: open, for e-services (HTTP Basic), for administrators (Bearer token).
    routes.get("/api/v1/policy", policyApi::show);
    routes.post("/api/v1/sign-in", eService.call(signInApi::signIn));
    routes.post("/api/v1/accounts/{username}/password", eService.call(changePasswordApi::change));
    routes.post("/api/v1/admin/accounts", admin.call(adminAccounts::provision));
    routes.post("/api/v1/admin/services", admin.call(adminServices::register));
  }

  private static void toMyProfile(Context ctx) {
    ctx.redirect(Paths.MY_PROFILE, HttpStatus.SEE_OTHER);
  }
}
