// Minimal OpenID Connect provider for the portal's end-to-end login tests.
// Listens on 127.0.0.1 only; everything is configured via environment variables:
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI,
//   OIDC_USER_EMAIL, OIDC_USER_NAME
// Login uses oidc-provider's built-in devInteractions: any login/password is
// accepted and always signs in as the single configured user.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

import Provider from 'oidc-provider';

const env = Object.fromEntries(
  ['OIDC_PORT', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI',
    'OIDC_USER_EMAIL', 'OIDC_USER_NAME'].map((name) => {
    if (!process.env[name]) {
      console.error(`missing required environment variable ${name}`);
      process.exit(2);
    }
    return [name, process.env[name]];
  }),
);

const port = Number(env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;

// Stable, opaque subject derived from the email, so repeated test runs map to
// the same social account: sha256(lowercased email), hex, first 32 chars.
const email = env.OIDC_USER_EMAIL;
const sub = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);

// Fresh RS256 signing key per run; without `jwks` oidc-provider falls back to
// a hard-coded development key and prints a warning.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [{
    client_id: env.OIDC_CLIENT_ID,
    client_secret: env.OIDC_CLIENT_SECRET,
    redirect_uris: [env.OIDC_REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // oidc-provider treats client_secret_basic and client_secret_post as
    // interchangeable at the token endpoint, so either one works at runtime.
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  // Only one user exists; `id` is always `sub` (see interactionFinished below).
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub,
          email,
          email_verified: true,
          name: env.OIDC_USER_NAME,
          preferred_username: email.split('@')[0],
        };
      },
    };
  },
  responseTypes: ['code'],
  clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  // By default scope claims go only to userinfo when an access token is also
  // issued; put them in the ID token too so the relying party gets them either way.
  conformIdTokenClaims: false,
  // PKCE: only S256 exists in oidc-provider 9; it is verified whenever the
  // client sends a code_challenge (it is mandatory only for public clients).
  pkce: { required: () => false },
  features: {
    devInteractions: { enabled: true },
  },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  jwks: { keys: [signingKey] },
});

// devInteractions signs the browser in as whatever was typed into "login", and
// oidc-provider uses that accountId verbatim as the token `sub`. Rewrite the
// login result so any login/password becomes the configured user.
const interactionFinished = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) => interactionFinished(
  req, res, result.login ? { ...result, login: { ...result.login, accountId: sub } } : result, options,
);

// Surface unexpected errors on stderr (oidc-provider only emits events for them).
provider.on('server_error', (ctx, err) => console.error('server_error', err));

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`OIDC provider ready at ${issuer}\n`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // don't wait for idle keep-alive browser sockets
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
