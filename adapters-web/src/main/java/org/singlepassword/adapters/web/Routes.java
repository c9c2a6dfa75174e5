package org.singlepassword.adapters.web;

import static org.singlepassword.application.port.in.accounts.AdministerAccountCommand.Action.DISABLE;
import static org.singlepassword.application.port.in.accounts.AdministerAccountCommand.Action.ENABLE;
import static org.singlepassword.application.port.in.accounts.AdministerAccountCommand.Action.EXPIRE_PASSWORD;
import static org.singlepassword.application.port.in.accounts.AdministerAccountCommand.Action.UNLOCK;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.admin.AdminAccountsApi;
import org.singlepassword.adapters.web.api.admin.AdminOnly;
import org.singlepassword.adapters.web.api.admin.accounts.AccountEventsApi;
import org.singlepassword.adapters.web.api.admin.accounts.AdministerAccountApi;
import org.singlepassword.adapters.web.api.admin.accounts.ShowAccountApi;
import org.singlepassword.adapters.web.api.admin.imports.ImportAccountsApi;
import org.singlepassword.adapters.web.api.admin.services.AdministerEServiceApi;
import org.singlepassword.adapters.web.api.admin.services.RegisterEServiceApi;
import org.singlepassword.adapters.web.api.admin.services.ShowEServicesApi;
import org.singlepassword.adapters.web.api.eservice.ChangePasswordApi;
import org.singlepassword.adapters.web.api.eservice.EServiceOnly;
import org.singlepassword.adapters.web.api.eservice.SignInApi;
import org.singlepassword.adapters.web.api.openapi.ApiReferencePage;
import org.singlepassword.adapters.web.api.openapi.OpenApiDocument;
import org.singlepassword.adapters.web.api.openapi.OpenApiDocumentApi;
import org.singlepassword.adapters.web.api.policy.PolicyApi;
import org.singlepassword.adapters.web.api.reset.ConfirmPasswordResetApi;
import org.singlepassword.adapters.web.api.reset.RequestPasswordResetApi;
import org.singlepassword.adapters.web.cas.CasEndpoints;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.profile.AccountPasswordPage;
import org.singlepassword.adapters.web.profile.AccountPasswordStep;
import org.singlepassword.adapters.web.profile.MyProfilePage;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.reset.ForgotPasswordPage;
import org.singlepassword.adapters.web.reset.ResetPasswordPage;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.adapters.web.session.SignedInOnly;
import org.singlepassword.adapters.web.signin.SignInPage;
import org.singlepassword.adapters.web.signin.SignInStep;
import org.singlepassword.adapters.web.signin.SignOutAction;
import org.singlepassword.application.port.in.eservice.EServiceAction;

/**
 * Every address of the web side in one table: which page or endpoint answers it, and who may call
 * it. Read this first; each handler is a class of its own, built here from the use cases.
 */
final class Routes {

  private static final String ACCOUNT = "/api/v1/admin/accounts/{username}";
  private static final String SERVICES = "/api/v1/admin/services";
  private static final String SERVICE = SERVICES + "/{id}";

  private final SignedInOnly signedIn;
  private final EServiceOnly eService;
  private final AdminOnly admin;

  private final SignInPage signInPage;
  private final SignOutAction signOut;
  private final MyProfilePage myProfile;
  private final AccountPasswordPage accountPassword;
  private final ForgotPasswordPage forgotPassword;
  private final ResetPasswordPage resetPassword;
  private final CasEndpoints cas;

  private final PolicyApi policyApi;
  private final SignInApi signInApi;
  private final ChangePasswordApi changePasswordApi;
  private final RequestPasswordResetApi requestResetApi;
  private final ConfirmPasswordResetApi confirmResetApi;
  private final AdminAccountsApi adminAccounts;
  private final ImportAccountsApi importAccounts;
  private final ShowAccountApi showAccount;
  private final AdministerAccountApi administerAccount;
  private final AccountEventsApi accountEvents;
  private final OpenApiDocumentApi openApiDocument;
  private final ApiReferencePage apiReference;
  private final RegisterEServiceApi registerEService;
  private final ShowEServicesApi showEServices;
  private final AdministerEServiceApi administerEService;

  Routes(WebSettings settings, WebUseCases useCases, ApiJson json, SecureRandom random) {
    SessionCookie sessionCookie = new SessionCookie(settings.https());
    signedIn = new SignedInOnly(useCases.resumeSession(), sessionCookie);
    eService = new EServiceOnly(useCases.authenticateEService());
    admin = new AdminOnly(settings.adminToken());
    // One limiter for password attempts: browsers on the forms and e-service users apart.
    AttemptLimiter attempts =
        new AttemptLimiter(settings.formAttemptsPerMinute(), settings.clock());
    // Another for "Forgot your password?", where every request for a link and every use of one
    // counts: asking for links must not use up a person's sign-in attempts, nor the reverse.
    AttemptLimiter resets = new AttemptLimiter(settings.formAttemptsPerMinute(), settings.clock());
    Csrf csrf = new Csrf(random, settings.https());

    SignInStep signInStep =
        new SignInStep(
            useCases.signIn(),
            useCases.openSession(),
            useCases.endSession(),
            sessionCookie,
            csrf,
            attempts,
            settings.helpUrl(),
            settings.clock());
    signInPage = new SignInPage(signInStep);
    signOut = new SignOutAction(useCases.endSession(), sessionCookie);
    myProfile = new MyProfilePage(useCases.listAccountActivity(), settings.clock().getZone());
    AccountPasswordStep accountPasswordStep =
        new AccountPasswordStep(
            useCases.showPasswordPolicy(),
            useCases.changePassword(),
            attempts,
            settings.helpUrl(),
            settings.clock());
    accountPassword = new AccountPasswordPage(accountPasswordStep);
    cas =
        new CasEndpoints(
            useCases.recognizeService(),
            useCases.issueServiceTicket(),
            useCases.validateServiceTicket(),
            useCases.endSession(),
            signedIn,
            sessionCookie,
            signInStep,
            accountPasswordStep,
            json);
    forgotPassword =
        new ForgotPasswordPage(
            useCases.requestPasswordReset(), csrf, resets, settings.resetLinkLifetime());
    resetPassword =
        new ResetPasswordPage(
            useCases.showPasswordPolicy(),
            useCases.confirmPasswordReset(),
            csrf,
            resets,
            settings.clock().getZone());

    policyApi = new PolicyApi(useCases.showPasswordPolicy(), json);
    signInApi = new SignInApi(useCases.signIn(), attempts, json);
    changePasswordApi = new ChangePasswordApi(useCases.changePassword(), attempts, json);
    requestResetApi = new RequestPasswordResetApi(useCases.requestPasswordReset(), resets, json);
    confirmResetApi = new ConfirmPasswordResetApi(useCases.confirmPasswordReset(), resets, json);
    adminAccounts = new AdminAccountsApi(useCases.provisionAccount(), json);
    importAccounts = new ImportAccountsApi(useCases.importAccounts(), settings.maxImportBytes());
    showAccount = new ShowAccountApi(useCases.showAccount(), json);
    administerAccount = new AdministerAccountApi(useCases.administerAccount());
    accountEvents = new AccountEventsApi(useCases.listAccountActivity(), json);
    OpenApiDocument apiDescription = OpenApiDocument.load();
    openApiDocument = new OpenApiDocumentApi(apiDescription);
    apiReference = new ApiReferencePage(apiDescription);
    registerEService = new RegisterEServiceApi(useCases.registerEService(), json);
    showEServices = new ShowEServicesApi(useCases.showEServices(), json);
    administerEService = new AdministerEServiceApi(useCases.administerEService(), json);
  }

  void register(RouteTable routes) {
    // Pages, for people. Every form is checked against forgery; "signed in" pages send a person
    // with an initial or expired password to Account Password first, except where it says "at
    // first sign-in". Password attempts on the forms are rate limited per client address.
    routes.get(Paths.HOME, signedIn.page((ctx, session) -> toMyProfile(ctx)));
    routes.get(Paths.SIGN_IN, signInPage::show);
    routes.post(Paths.SIGN_IN, Csrf.signedOutForm(signInPage::signIn));
    routes.post(Paths.SIGN_OUT, signedIn.formOpenAtFirstSignIn(signOut::signOut));
    routes.get(Paths.MY_PROFILE, signedIn.page(myProfile::show));
    routes.get(Paths.ACCOUNT_PASSWORD, signedIn.pageOpenAtFirstSignIn(accountPassword::show));
    routes.post(Paths.ACCOUNT_PASSWORD, signedIn.formOpenAtFirstSignIn(accountPassword::change));
    // "Forgot your password?": open to all; the reset link's token is carried by the form.
    routes.get(Paths.FORGOT_PASSWORD, forgotPassword::show);
    routes.post(Paths.FORGOT_PASSWORD, Csrf.signedOutForm(forgotPassword::request));
    routes.get(Paths.RESET_PASSWORD, resetPassword::show);
    routes.post(Paths.RESET_PASSWORD, Csrf.signedOutForm(resetPassword::confirm));

    // CAS 3.0, Apereo's protocol, for the e-services' single sign-on: people are sent to the
    // sign-in and back with a one-time ticket; the web session is CAS's ticket-granting cookie.
    // Only an enabled e-service's registered address is ever redirected to. The sign-in form is
    // the Sign in page's, with its anti-forgery check and rate limit; an initial or expired
    // password is changed on the way. The e-services' servers validate tickets, openly: the
    // one-time, 256-bit ticket is the credential.
    routes.get(Paths.CAS_LOGIN, cas.login()::show);
    routes.post(Paths.CAS_LOGIN, Csrf.signedOutForm(cas.login()::signIn));
    routes.post(Paths.CAS_PASSWORD, signedIn.formOpenAtFirstSignIn(cas.accountPassword()::change));
    routes.get(Paths.CAS_LOGOUT, cas.logout()::logout);
    routes.get(Paths.CAS_VALIDATE, cas.validation()::validate);
    routes.get(Paths.CAS_SERVICE_VALIDATE, cas.validation()::serviceValidate);
    routes.get(Paths.CAS_P3_SERVICE_VALIDATE, cas.validation()::serviceValidate);

    // JSON API v1: open, for e-services (HTTP Basic), for administrators (Bearer token). Each
    // route is described in web/openapi.json, which a test holds to this table; the page /api
    // shows that description to developers, and /api/openapi.json serves it to their tools.
    routes.get(Paths.API, apiReference::show);
    routes.get(Paths.OPENAPI_DOCUMENT, openApiDocument::show);
    routes.get("/api/v1/policy", policyApi::show);
    routes.post("/api/v1/sign-in", eService.call(signInApi::signIn));
    routes.post("/api/v1/accounts/{username}/password", eService.call(changePasswordApi::change));
    routes.post("/api/v1/password-resets", eService.call(requestResetApi::request));
    // Open, like the reset page it mirrors: the e-mailed token is the credential, and a person's
    // own browser or app may present it without any e-service. Each use counts towards the rate
    // limit of the connection's address, so tokens cannot be guessed at speed.
    routes.post("/api/v1/password-resets/confirm", confirmResetApi::confirm);
    routes.post("/api/v1/admin/accounts", admin.call(adminAccounts::provision));
    // CSV in, CSV out, with its own, larger body limit.
    routes.post("/api/v1/admin/accounts/import", admin.call(importAccounts::importCsv));
    routes.get(ACCOUNT, admin.call(showAccount::show));
    routes.post(ACCOUNT + "/unlock", admin.call(administerAccount.doing(UNLOCK)));
    routes.post(ACCOUNT + "/expire-password", admin.call(administerAccount.doing(EXPIRE_PASSWORD)));
    routes.post(ACCOUNT + "/disable", admin.call(administerAccount.doing(DISABLE)));
    routes.post(ACCOUNT + "/enable", admin.call(administerAccount.doing(ENABLE)));
    routes.get(ACCOUNT + "/events", admin.call(accountEvents::list));
    routes.post(SERVICES, admin.call(registerEService::register));
    routes.get(SERVICES, admin.call(showEServices::list));
    routes.get(SERVICE, admin.call(showEServices::show));
    routes.post(SERVICE + "/rotate-secret", admin.call(administerEService::rotateSecret));
    routes.post(SERVICE + "/disable", admin.call(administerEService.doing(EServiceAction.DISABLE)));
    routes.post(SERVICE + "/enable", admin.call(administerEService.doing(EServiceAction.ENABLE)));
  }

  private static void toMyProfile(Context ctx) {
    ctx.redirect(Paths.MY_PROFILE, HttpStatus.SEE_OTHER);
  }
}
