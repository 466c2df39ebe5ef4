"""A fictional company for demos: Fernhill Logistics, a parcel and freight carrier.

Data only; ``manage.py load_demo_data`` loads it. Dates are counted in days before the moment
of loading, so that the organisation always looks three years old and recently active.
Every address uses example.com, which can never reach a real mailbox or host.
"""

ORGANISATION = "Fernhill Logistics"
EMAIL_DOMAIN = "fernhill.example.com"

# One password for every demo account, so that anyone at a demo can sign in as anyone.
DEMO_PASSWORD = "innersource-demo"  # noqa: S105 (public on purpose: demo data only)

ADMIN_EMAIL = "admin@fernhill.example.com"
ADMIN = {
    "username": "admin",
    "email": ADMIN_EMAIL,
    "first_name": "Portal",
    "last_name": "Administrator",
}

# The accounts worth signing in as, printed at the end of loading: (email, what it shows).
DEMO_LOGINS = [
    (
        ADMIN_EMAIL,
        "Staff and superuser: the admin site, and every team and project.",
    ),
    (
        "ana.lima@fernhill.example.com",
        "Lead of Developer Experience: a team page, and points for a done starter issue.",
    ),
    (
        "kenji.watanabe@fernhill.example.com",
        "Maintainer of Lantern: sees a newcomer blocked on the Lantern journey.",
    ),
    (
        "lea.dubois@fernhill.example.com",
        "Newcomer, two weeks in, no claims yet: try the starter-issue board and a journey.",
    ),
]

# Parents come before their children.
TEAMS = [
    {
        "slug": "fernhill",
        "name": "Fernhill Logistics",
        "parent": None,
        "created_days_ago": 2900,
        "description": (
            "The whole company: parcel and freight delivery across fourteen countries. "
            "Engineering leadership sits here; every department and team belongs below it."
        ),
    },
    {
        "slug": "platform-engineering",
        "name": "Platform Engineering",
        "parent": "fernhill",
        "created_days_ago": 1460,
        "description": (
            "Builds the paved road every product team drives on: infrastructure, developer "
            "tooling, identity and observability."
        ),
    },
    {
        "slug": "product-engineering",
        "name": "Product Engineering",
        "parent": "fernhill",
        "created_days_ago": 1460,
        "description": (
            "The teams behind what customers touch: shipment tracking, billing, the customer "
            "web site and the mobile apps."
        ),
    },
    {
        "slug": "data-ai",
        "name": "Data & AI",
        "parent": "fernhill",
        "created_days_ago": 1460,
        "description": (
            "Turns delivery events into decisions: the data platform, analytics and the "
            "machine-learning models behind delivery estimates."
        ),
    },
    {
        "slug": "developer-experience",
        "name": "Developer Experience",
        "parent": "platform-engineering",
        "created_days_ago": 1100,
        "description": (
            "Makes the first commit easy and the hundredth boring: service templates, shared "
            "CI/CD pipelines, the fern CLI and lint presets. Ask us anything in #dx-help."
        ),
    },
    {
        "slug": "cloud-infrastructure",
        "name": "Cloud Infrastructure",
        "parent": "platform-engineering",
        "created_days_ago": 1100,
        "description": (
            "Runs the Kubernetes clusters, networks and base images that every service runs "
            "on; maintains the Terraform modules and the preview environments."
        ),
    },
    {
        "slug": "identity-security",
        "name": "Identity & Security",
        "parent": "platform-engineering",
        "created_days_ago": 1100,
        "description": (
            "Owns sign-in for staff and customers, service-to-service authentication and "
            "secrets. Reviews security-sensitive changes anywhere in the company."
        ),
    },
    {
        "slug": "observability",
        "name": "Observability",
        "parent": "platform-engineering",
        "created_days_ago": 1100,
        "description": (
            "Logs, metrics and traces for every service, and the dashboards and alerts built "
            "on them. If you cannot see what your service does, we want to hear about it."
        ),
    },
    {
        "slug": "shipments",
        "name": "Shipments",
        "parent": "product-engineering",
        "created_days_ago": 1100,
        "description": (
            "Tracks every parcel from pick-up to doorstep: the shipment events API, depot "
            "integrations and label printing."
        ),
    },
    {
        "slug": "billing-payments",
        "name": "Billing & Payments",
        "parent": "product-engineering",
        "created_days_ago": 1100,
        "description": (
            "Invoices, the ledger and payment-provider integrations. Changes that move money "
            "need a review from this team."
        ),
    },
    {
        "slug": "customer-web",
        "name": "Customer Web",
        "parent": "product-engineering",
        "created_days_ago": 1100,
        "description": (
            "The public web site and the customer account area, plus the UI kit that every "
            "Fernhill web front end is built with."
        ),
    },
    {
        "slug": "mobile-apps",
        "name": "Mobile Apps",
        "parent": "product-engineering",
        "created_days_ago": 900,
        "description": (
            "The courier and customer apps for Android and iOS, and the Pocket SDK that "
            "other teams embed in theirs."
        ),
    },
    {
        "slug": "data-platform",
        "name": "Data Platform",
        "parent": "data-ai",
        "created_days_ago": 1100,
        "description": (
            "Pipelines, the warehouse and the event-tracking SDK. We help teams publish data "
            "that others can trust and find."
        ),
    },
    {
        "slug": "machine-learning",
        "name": "Machine Learning",
        "parent": "data-ai",
        "created_days_ago": 950,
        "description": (
            "Delivery-time estimates, route scoring and the feature store that serves them. "
            "Office hours every Tuesday for teams with a model in mind."
        ),
    },
]

# Everyone's current team, one lead per team:
# (username, first name, last name, time zone, role, member for this many days).
# Email addresses are the username at EMAIL_DOMAIN.
PEOPLE_BY_TEAM = {
    "fernhill": [
        ("margaret.okafor", "Margaret", "Okafor", "Europe/London", "lead", 1090),
    ],
    "platform-engineering": [
        ("henrik.lindqvist", "Henrik", "Lindqvist", "Europe/Stockholm", "lead", 1060),
    ],
    "product-engineering": [
        ("sofia.marquez", "Sofía", "Márquez", "Europe/Madrid", "lead", 1040),
    ],
    "data-ai": [
        ("ravi.krishnan", "Ravi", "Krishnan", "Asia/Kolkata", "lead", 980),
    ],
    "developer-experience": [
        ("ana.lima", "Ana", "Lima", "America/Sao_Paulo", "lead", 1010),
        ("tomasz.nowak", "Tomasz", "Nowak", "Europe/Warsaw", "member", 900),
        ("grace.mensah", "Grace", "Mensah", "Africa/Accra", "member", 640),
        ("lukas.becker", "Lukas", "Becker", "Europe/Berlin", "member", 300),
        ("mei.chen", "Mei", "Chen", "Asia/Singapore", "member", 150),
    ],
    "cloud-infrastructure": [
        ("olusegun.adeyemi", "Olusegun", "Adeyemi", "Africa/Lagos", "lead", 1000),
        ("ingrid.johansen", "Ingrid", "Johansen", "Europe/Oslo", "member", 820),
        ("diego.fernandez", "Diego", "Fernández", "America/Mexico_City", "member", 560),
        ("yuki.tanaka", "Yuki", "Tanaka", "Asia/Tokyo", "member", 410),
        ("patrick.obrien", "Patrick", "O'Brien", "Europe/Dublin", "member", 200),
    ],
    "identity-security": [
        ("fatima.alzahra", "Fatima", "Al-Zahra", "Asia/Dubai", "lead", 950),
        ("jurgen.muller", "Jürgen", "Müller", "Europe/Berlin", "member", 870),
        ("nadia.petrova", "Nadia", "Petrova", "Europe/Sofia", "member", 500),
        ("samuel.mwangi", "Samuel", "Mwangi", "Africa/Nairobi", "member", 260),
    ],
    "observability": [
        ("marta.kowalczyk", "Marta", "Kowalczyk", "Europe/Amsterdam", "lead", 990),
        ("kenji.watanabe", "Kenji", "Watanabe", "Asia/Tokyo", "member", 780),
        ("aisha.bello", "Aisha", "Bello", "Africa/Lagos", "member", 430),
        ("rafael.costa", "Rafael", "Costa", "Europe/Lisbon", "member", 120),
    ],
    "shipments": [
        ("daniel.cohen", "Daniel", "Cohen", "Asia/Jerusalem", "lead", 990),
        ("priya.raman", "Priya", "Raman", "Asia/Kolkata", "member", 850),
        ("lars.eriksen", "Lars", "Eriksen", "Europe/Copenhagen", "member", 700),
        ("chloe.martin", "Chloé", "Martin", "Europe/Paris", "member", 380),
        ("ahmed.hassan", "Ahmed", "Hassan", "Africa/Cairo", "member", 90),
    ],
    "billing-payments": [
        ("isabella.rossi", "Isabella", "Rossi", "Europe/Rome", "lead", 1020),
        ("wei.zhang", "Wei", "Zhang", "Asia/Shanghai", "member", 930),
        ("oliver.bennett", "Oliver", "Bennett", "Europe/London", "member", 610),
        ("zanele.dlamini", "Zanele", "Dlamini", "Africa/Johannesburg", "member", 470),
        ("mateo.garcia", "Mateo", "García", "America/Bogota", "member", 230),
    ],
    "customer-web": [
        ("hannah.kim", "Hannah", "Kim", "Asia/Seoul", "lead", 960),
        ("lucas.moreau", "Lucas", "Moreau", "Europe/Paris", "member", 740),
        ("amara.nwosu", "Amara", "Nwosu", "Europe/London", "member", 520),
        ("jonas.weber", "Jonas", "Weber", "Europe/Zurich", "member", 330),
        ("lea.dubois", "Léa", "Dubois", "Europe/Brussels", "member", 12),
    ],
    "mobile-apps": [
        ("arjun.mehta", "Arjun", "Mehta", "Asia/Kolkata", "lead", 880),
        ("sara.lindgren", "Sara", "Lindgren", "Europe/Stockholm", "member", 690),
        ("tiago.santos", "Tiago", "Santos", "America/Sao_Paulo", "member", 540),
        ("noa.levi", "Noa", "Levi", "Asia/Jerusalem", "member", 180),
    ],
    "data-platform": [
        ("elena.popescu", "Elena", "Popescu", "Europe/Bucharest", "lead", 970),
        ("kwame.boateng", "Kwame", "Boateng", "Africa/Accra", "member", 800),
        ("julia.novak", "Julia", "Novák", "Europe/Prague", "member", 450),
        ("haruto.sato", "Haruto", "Sato", "Asia/Tokyo", "member", 310),
        ("maria.gonzalez", "María", "González", "America/Argentina/Buenos_Aires", "member", 60),
    ],
    "machine-learning": [
        ("leila.haddad", "Leila", "Haddad", "Asia/Beirut", "lead", 920),
        ("dmitri.volkov", "Dmitri", "Volkov", "Europe/Helsinki", "member", 720),
        ("siddharth.iyer", "Siddharth", "Iyer", "Asia/Kolkata", "member", 390),
        ("emily.carter", "Emily", "Carter", "America/Toronto", "member", 140),
    ],
}

# People who also work in a second team: (username, team, member for this many days).
SECOND_TEAMS = [
    ("grace.mensah", "observability", 300),
    ("yuki.tanaka", "developer-experience", 250),
    ("wei.zhang", "data-platform", 200),
    ("dmitri.volkov", "data-platform", 350),
]

# People who moved: their earlier team, ended on the day their current membership began.
# (username, earlier team, joined it this many days ago, left it this many days ago).
PAST_MEMBERSHIPS = [
    ("tiago.santos", "customer-web", 1000, 540),
    ("julia.novak", "billing-payments", 1050, 450),
    ("siddharth.iyer", "shipments", 980, 390),
]

INNER_SOURCE_LICENCE = "Inner-source licence v1 (company internal)"
INNER_SOURCE_LICENCE_V2 = "Inner-source licence v2 (company internal, contributions welcome)"

# Roles name people by username. Maintainers belong to the owner team; mentors often do not.
# Missing link keys mean the project has no such link yet.
PROJECTS = [
    {
        "name": "Launchpad",
        "slug": "launchpad",
        "tagline": (
            "Golden-path templates: a new service with CI, deploys, logging and a runbook "
            "in ten minutes."
        ),
        "kind": "platform",
        "stage": "mature",
        "owner": "developer-experience",
        "languages": ["Python", "TypeScript"],
        "topics": ["developer-experience", "ci-cd", "kubernetes"],
        "skills": ["Technical writing", "Kubernetes"],
        "contributions": ["code", "documentation", "tests"],
        "links": {
            "repository_url": "https://git.example.com/developer-experience/launchpad",
            "docs_url": "https://docs.example.com/launchpad/",
            "issue_tracker_url": "https://git.example.com/developer-experience/launchpad/-/issues",
            "chat_url": "https://chat.example.com/channel/launchpad",
            "forum_url": "https://forum.example.com/c/launchpad",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["pypi:fernhill-launchpad"],
        "activity_score": 870,
        "created_days_ago": 1000,
        "last_activity_days_ago": 1,
        "maintainers": ["ana.lima", "tomasz.nowak"],
        "trusted_committers": ["grace.mensah", "diego.fernandez"],
        "champions": ["henrik.lindqvist"],
        "mentors": ["kenji.watanabe", "priya.raman"],
        "description": """\
## What it is

Launchpad is the paved road for new services at Fernhill. One command creates a repository
with a working build, a deploy pipeline to the preview and production clusters, structured
logging, tracing and a runbook skeleton that on-call can actually use.

```sh
fern new service --template python-api --name parcel-notes
```

## Templates

- `python-api`: Django REST or FastAPI, with Lantern tracing wired in
- `go-worker`: a queue consumer with retries from Patience
- `ts-frontend`: a Vite and React app built on the Fernhill UI Kit
- `kotlin-service`: Spring Boot with the billing and Waypoint clients configured

## Contributing

New templates are welcome once two teams ask for the same thing: start a thread in the chat
channel first. Maintainers pair with first-time contributors on Thursday afternoons (CET).
""",
    },
    {
        "name": "Conveyor",
        "slug": "conveyor",
        "tagline": "Shared CI/CD pipelines: build, test, scan and deploy in twelve lines of YAML.",
        "kind": "tool",
        "stage": "mature",
        "owner": "developer-experience",
        "languages": ["Go"],
        "topics": ["ci-cd", "developer-experience", "security"],
        "skills": ["GitLab CI", "Container security"],
        "contributions": ["code", "documentation", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/developer-experience/conveyor",
            "docs_url": "https://docs.example.com/conveyor/",
            "issue_tracker_url": "https://git.example.com/developer-experience/conveyor/-/issues",
            "chat_url": "https://chat.example.com/channel/dx-help",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 30,
        "packages": ["docker:registry.example.com/developer-experience/conveyor-runner"],
        "activity_score": 640,
        "created_days_ago": 1060,
        "last_activity_days_ago": 3,
        "maintainers": ["tomasz.nowak", "lukas.becker"],
        "trusted_committers": ["yuki.tanaka", "samuel.mwangi"],
        "champions": ["olusegun.adeyemi"],
        "mentors": ["jurgen.muller"],
        "description": """\
Conveyor is the set of pipeline definitions that 180 repositories include instead of writing
their own. A pipeline that builds, tests, scans its image and deploys fits in a dozen lines:

```yaml
include:
  - project: developer-experience/conveyor
    file: pipelines/python.yml

variables:
  CONVEYOR_DEPLOY_TARGETS: "preview production"
```

## What you get

1. Cached dependency installs and parallel test jobs
2. Container scanning with the Identity & Security team's policy
3. Deploys through Argo CD, with an automatic rollback on failed health checks

## Where help is wanted

Pipelines for Rust and Swift projects are the most requested and least finished. Bug reports
with a link to the failing job are the fastest to fix.
""",
    },
    {
        "name": "Fern CLI",
        "slug": "fern-cli",
        "tagline": "One command-line tool for everyday chores: scaffolding, credentials, previews.",
        "kind": "tool",
        "stage": "active",
        "owner": "developer-experience",
        "languages": ["Go"],
        "topics": ["developer-experience"],
        "skills": ["Go", "Technical writing"],
        "contributions": ["code", "documentation", "bug-reports", "triage"],
        "links": {
            "repository_url": "https://git.example.com/developer-experience/fern-cli",
            "docs_url": "https://docs.example.com/fern/",
            "issue_tracker_url": "https://git.example.com/developer-experience/fern-cli/-/issues",
            "chat_url": "https://chat.example.com/channel/dx-help",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 14,
        "packages": ["go:git.example.com/developer-experience/fern-cli"],
        "activity_score": 720,
        "created_days_ago": 700,
        "last_activity_days_ago": 2,
        "maintainers": ["mei.chen", "grace.mensah"],
        "trusted_committers": ["lukas.becker"],
        "champions": ["ana.lima"],
        "mentors": ["haruto.sato"],
        "description": """\
`fern` bundles the small scripts every team used to keep in its own `bin/` folder.

```sh
fern login                # short-lived cloud and registry credentials
fern new service          # start a service from a Launchpad template
fern preview open 1234    # open the preview environment of merge request 1234
fern doctor               # check your laptop against the onboarding guide
```

## Design rules

- Every command works without a browser, for people on remote shells.
- Commands are plugins: a team can ship `fern billing ...` from its own repository.
- Nothing is stored on disk except in `~/.config/fern`.

## Good first issues

Issues labelled `good-first-issue` are small, have a mentor named on them and come with a
pointer to the file to change.
""",
    },
    {
        "name": "Stylebook",
        "slug": "stylebook",
        "tagline": "Shared lint and formatter settings. Superseded by the presets in Launchpad.",
        "kind": "library",
        "stage": "deprecated",
        "owner": "developer-experience",
        "languages": ["Python", "TypeScript"],
        "topics": ["developer-experience"],
        "contributions": ["bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/developer-experience/stylebook",
            "issue_tracker_url": "https://git.example.com/developer-experience/stylebook/-/issues",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": ["pypi:fernhill-stylebook", "npm:@fernhill/eslint-config"],
        "activity_score": 60,
        "created_days_ago": 1080,
        "last_activity_days_ago": 140,
        "maintainers": ["lukas.becker"],
        "description": """\
> **Deprecated.** New services get these settings from the Launchpad presets. Stylebook
> receives security fixes only, until the end of the year.

## Moving off Stylebook

1. Remove `fernhill-stylebook` or `@fernhill/eslint-config` from your dependencies.
2. Run `fern upgrade presets` in the repository.
3. Commit the generated `ruff.toml` or `eslint.config.js`.

Teams with custom rules can keep them in the generated files; the presets only set defaults.
""",
    },
    {
        "name": "Bedrock Images",
        "slug": "bedrock-images",
        "tagline": "Patched, minimal container base images for Python, Java, Go and Node, nightly.",
        "kind": "platform",
        "stage": "mature",
        "owner": "cloud-infrastructure",
        "languages": ["Shell"],
        "topics": ["infrastructure", "security", "kubernetes"],
        "skills": ["Container security"],
        "contributions": ["code", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/cloud-infrastructure/bedrock-images",
            "docs_url": "https://docs.example.com/bedrock/",
            "issue_tracker_url": "https://jira.example.com/projects/BED",
            "chat_url": "https://chat.example.com/channel/cloud-infra",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 14,
        "packages": [
            "docker:registry.example.com/platform/base-image",
            "docker:registry.example.com/platform/base-image-python",
            "docker:registry.example.com/platform/base-image-jvm",
        ],
        "activity_score": 810,
        "created_days_ago": 1050,
        "last_activity_days_ago": 1,
        "maintainers": ["olusegun.adeyemi", "patrick.obrien"],
        "trusted_committers": ["samuel.mwangi"],
        "champions": ["henrik.lindqvist"],
        "description": """\
Bedrock images are rebuilt every night from upstream distroless and slim images, scanned,
signed and pushed only when the scan is clean.

```dockerfile
FROM registry.example.com/platform/base-image-python:3.11
COPY --chown=app:app . /app
```

## Images

| Image | For |
| --- | --- |
| `base-image` | static Go and Rust binaries |
| `base-image-python` | Python 3.11 and 3.12 |
| `base-image-jvm` | Java 21 and Kotlin services |
| `base-image-node` | Node 20 front-end servers |

## Support

A critical CVE in a Bedrock image is patched within one working day. Pin by digest in
production and let Renovate bump it.
""",
    },
    {
        "name": "Groundwork",
        "slug": "groundwork",
        "tagline": "Terraform modules for databases, queues, buckets and DNS, with sane defaults.",
        "kind": "library",
        "stage": "active",
        "owner": "cloud-infrastructure",
        "languages": ["HCL"],
        "topics": ["infrastructure"],
        "skills": ["Terraform"],
        "contributions": ["code", "documentation", "tests"],
        "links": {
            "repository_url": "https://git.example.com/cloud-infrastructure/groundwork",
            "docs_url": "https://docs.example.com/groundwork/",
            "issue_tracker_url": "https://git.example.com/cloud-infrastructure/groundwork/-/issues",
            "chat_url": "https://chat.example.com/channel/cloud-infra",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": [],
        "activity_score": 540,
        "created_days_ago": 900,
        "last_activity_days_ago": 4,
        "maintainers": ["ingrid.johansen", "diego.fernandez"],
        "trusted_committers": ["yuki.tanaka", "kwame.boateng"],
        "champions": ["elena.popescu"],
        "mentors": ["oliver.bennett"],
        "description": """\
Groundwork wraps the cloud resources teams ask for most often, with the backups, encryption
and tagging that the platform expects already set.

```hcl
module "orders_db" {
  source  = "git::https://git.example.com/cloud-infrastructure/groundwork//postgres?ref=v4"
  name    = "orders"
  team    = "shipments"
  size    = "medium"
}
```

## Modules

- `postgres`, `redis`, `queue`, `bucket`, `dns-record`
- `service-account` with least-privilege policies generated from a short list of needs

Every module has an example and a test that applies it in the sandbox account. A new module
needs both before it is merged.
""",
    },
    {
        "name": "Patience",
        "slug": "patience",
        "tagline": "Retries with exponential backoff, jitter and retry budgets for Go services.",
        "kind": "library",
        "stage": "mature",
        "owner": "cloud-infrastructure",
        "languages": ["Go"],
        "topics": ["infrastructure", "reliability"],
        "skills": ["Go"],
        "contributions": ["code", "tests", "documentation"],
        "links": {
            "repository_url": "https://git.example.com/platform/retry",
            "docs_url": "https://docs.example.com/patience/",
            "issue_tracker_url": "https://git.example.com/platform/retry/-/issues",
        },
        "license": "Apache-2.0 (approved for open-sourcing)",
        "warranty_days": 90,
        "packages": ["go:git.example.com/platform/retry"],
        "activity_score": 430,
        "created_days_ago": 1030,
        "last_activity_days_ago": 21,
        "maintainers": ["yuki.tanaka", "diego.fernandez"],
        "trusted_committers": ["wei.zhang"],
        "mentors": ["kwame.boateng"],
        "description": """\
Patience is imported as `retry`. It retries what is safe to retry and stops before a retry
storm makes an outage worse.

```go
err := retry.Do(ctx, func(ctx context.Context) error {
    return client.Publish(ctx, event)
}, retry.Budget(0.1), retry.MaxElapsed(30*time.Second))
```

## Why a budget

Plain exponential backoff still multiplies load when every client retries at once. A retry
budget caps retries at a share of recent successful calls, so a failing dependency sees less
traffic, not more.

The API has been stable since v2; new options are added, none are removed.
""",
    },
    {
        "name": "Tidepool",
        "slug": "tidepool",
        "tagline": "A short-lived preview environment for every merge request, gone once merged.",
        "kind": "service",
        "stage": "incubating",
        "owner": "cloud-infrastructure",
        "languages": ["Go"],
        "topics": ["kubernetes", "developer-experience", "ci-cd"],
        "skills": ["Kubernetes operators", "Go"],
        "contributions": ["code", "design", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/cloud-infrastructure/tidepool",
            "chat_url": "https://chat.example.com/channel/tidepool",
            "sandbox_url": "https://preview.example.com/",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "packages": [],
        "activity_score": 310,
        "created_days_ago": 240,
        "last_activity_days_ago": 2,
        "maintainers": ["patrick.obrien"],
        "trusted_committers": ["tomasz.nowak"],
        "champions": ["ana.lima"],
        "mentors": ["olusegun.adeyemi"],
        "description": """\
Tidepool is a Kubernetes operator that starts a copy of a service and its direct
dependencies in a namespace of its own when a merge request opens, and deletes it when the
merge request merges or goes quiet for three days.

## Status

Incubating: the Customer Web and Mobile Apps teams use it daily. Databases are seeded from
fixtures; seeding from anonymised snapshots is the next milestone.

## Help wanted

- A cost report per team, so that forgotten previews get noticed
- Design for the status page that lists a merge request's preview links
- Tests for the clean-up controller's edge cases
""",
    },
    {
        "name": "Turnstile",
        "slug": "turnstile",
        "tagline": "Single sign-on for staff and customers: OIDC provider, sessions, multi-factor.",
        "kind": "service",
        "stage": "mature",
        "owner": "identity-security",
        "languages": ["Kotlin", "Java"],
        "topics": ["authentication", "security"],
        "skills": ["OAuth 2 and OIDC", "Cryptography"],
        "contributions": ["code", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/identity-security/turnstile",
            "docs_url": "https://docs.example.com/turnstile/",
            "issue_tracker_url": "https://jira.example.com/projects/AUTH",
            "chat_url": "https://chat.example.com/channel/identity",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 60,
        "packages": ["docker:registry.example.com/identity-security/turnstile"],
        "activity_score": 760,
        "created_days_ago": 1070,
        "last_activity_days_ago": 1,
        "maintainers": ["fatima.alzahra", "jurgen.muller", "nadia.petrova"],
        "trusted_committers": ["samuel.mwangi"],
        "champions": ["margaret.okafor"],
        "description": """\
Turnstile signs in every Fernhill employee and every customer account. It is an OpenID
Connect provider in front of the staff directory and the customer database.

## What it does

- Sign-in with password and passkey, with multi-factor for staff
- Sessions shared between the web site and the apps
- Client registration for internal services, reviewed by this team

## Contributing

Contributions are welcome, and every change needs two maintainer approvals and a passing
security test suite. Please open an issue before starting anything larger than a bug fix, so
that we can agree on the threat model first.
""",
    },
    {
        "name": "fernhill-auth",
        "slug": "fernhill-auth",
        "tagline": "Verify Turnstile tokens and service identities in Python, in three lines.",
        "kind": "library",
        "stage": "active",
        "owner": "identity-security",
        "languages": ["Python"],
        "topics": ["authentication", "security"],
        "skills": ["Python", "Technical writing"],
        "contributions": ["code", "documentation", "tests"],
        "links": {
            "repository_url": "https://git.example.com/identity-security/fernhill-auth",
            "docs_url": "https://docs.example.com/fernhill-auth/",
            "issue_tracker_url": "https://git.example.com/identity-security/fernhill-auth/-/issues",
            "chat_url": "https://chat.example.com/channel/identity",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["pypi:fernhill-auth"],
        "activity_score": 580,
        "created_days_ago": 820,
        "last_activity_days_ago": 6,
        "maintainers": ["nadia.petrova", "samuel.mwangi"],
        "trusted_committers": ["kwame.boateng", "priya.raman"],
        "mentors": ["grace.mensah"],
        "description": """\
```python
from fernhill_auth import verify_request

claims = verify_request(request, audience="billing-api")
```

That is all a Python service needs to trust a Turnstile token: keys are fetched and cached,
clock skew is allowed for, and errors say which check failed.

## Frameworks

- Django middleware and a DRF authentication class
- FastAPI dependency
- A plain function for everything else

## Wanted

The documentation has grown by accretion. A technical writer, or anyone who was confused by
it recently, would help the most.
""",
    },
    {
        "name": "Keyring",
        "slug": "keyring",
        "tagline": "Rotates database passwords and API keys; warns owners before anything breaks.",
        "kind": "tool",
        "stage": "incubating",
        "owner": "identity-security",
        "languages": ["Rust"],
        "topics": ["security", "secrets"],
        "skills": ["Rust", "HashiCorp Vault"],
        "contributions": ["code", "tests", "design"],
        "links": {
            "repository_url": "https://git.example.com/identity-security/keyring",
            "chat_url": "https://chat.example.com/channel/identity",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": ["docker:registry.example.com/identity-security/keyring"],
        "activity_score": 190,
        "created_days_ago": 300,
        "last_activity_days_ago": 9,
        "maintainers": ["jurgen.muller"],
        "champions": ["henrik.lindqvist"],
        "mentors": ["dmitri.volkov"],
        "description": """\
Long-lived credentials are the most common finding in our security reviews. Keyring rotates
them on a schedule through Vault and checks that every consumer picked up the new secret
before it revokes the old one.

## Status

Rotating PostgreSQL passwords in the preview clusters. Production rollout waits for:

- [ ] dry-run mode that lists what would rotate
- [ ] notifications to the owning team's channel
- [ ] support for third-party API keys with two active keys at once

New to Rust? The maintainer and a mentor from Machine Learning pair on reviews.
""",
    },
    {
        "name": "Passkey Pilot",
        "slug": "passkey-pilot",
        "tagline": "Proposal: let customers sign in with passkeys instead of passwords.",
        "kind": "service",
        "stage": "proposed",
        "owner": "identity-security",
        "languages": ["Kotlin", "TypeScript"],
        "topics": ["authentication"],
        "skills": ["WebAuthn", "UX design"],
        "contributions": ["design", "documentation"],
        "links": {
            "chat_url": "https://chat.example.com/channel/passkeys",
            "forum_url": "https://forum.example.com/t/passkeys-for-customers/412",
        },
        "packages": [],
        "activity_score": 25,
        "created_days_ago": 30,
        "last_activity_days_ago": 5,
        "maintainers": ["fatima.alzahra"],
        "champions": ["hannah.kim", "arjun.mehta"],
        "description": """\
## Problem

One customer support call in eight is about a forgotten password, and password resets are
the main route for account takeover.

## Proposal

Offer passkeys in the customer web site and apps, first as an extra sign-in method, then as
the default for new accounts. Turnstile already supports passkeys for staff.

## Open questions

- How do customers recover an account when they lose every device?
- What do couriers on shared depot phones use?

Comments on the forum thread are welcome, especially from people who design sign-in flows.
""",
    },
    {
        "name": "Lantern",
        "slug": "lantern",
        "tagline": "OpenTelemetry tracing with Fernhill defaults for Python, Java and TypeScript.",
        "kind": "library",
        "stage": "active",
        "owner": "observability",
        "languages": ["Python", "Java", "TypeScript"],
        "topics": ["observability", "tracing"],
        "skills": ["OpenTelemetry"],
        "contributions": ["code", "documentation", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/observability/lantern",
            "docs_url": "https://docs.example.com/lantern/",
            "issue_tracker_url": "https://git.example.com/observability/lantern/-/issues",
            "chat_url": "https://chat.example.com/channel/observability",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": [
            "pypi:fernhill-lantern",
            "npm:@fernhill/lantern",
            "maven:com.fernhill:lantern",
        ],
        "activity_score": 690,
        "created_days_ago": 760,
        "last_activity_days_ago": 1,
        "maintainers": ["kenji.watanabe", "aisha.bello"],
        "trusted_committers": ["grace.mensah"],
        "champions": ["daniel.cohen"],
        "mentors": ["lucas.moreau"],
        "description": """\
Lantern is a thin layer over OpenTelemetry: it sets the exporter, the sampling rules and the
resource attributes (team, service, version) so that a trace from any service shows up in the
same place with the same labels.

```python
import lantern

lantern.init(service="waypoint-api", team="shipments")
```

## Why not plain OpenTelemetry?

You can use it directly. Lantern adds the parts every team was copying: tail sampling that
keeps every error, propagation through our queues, and redaction of customer addresses.

## Help wanted

- Go support (the most requested)
- Examples for batch jobs, where a trace has no incoming request
""",
    },
    {
        "name": "Logship",
        "slug": "logship",
        "tagline": "Collects, parses and ships logs from every cluster, with retention per team.",
        "kind": "service",
        "stage": "mature",
        "owner": "observability",
        "languages": ["Go"],
        "topics": ["observability", "logging"],
        "skills": ["Go", "Kubernetes"],
        "contributions": ["code", "bug-reports", "triage"],
        "links": {
            "repository_url": "https://git.example.com/observability/logship",
            "docs_url": "https://docs.example.com/logship/",
            "issue_tracker_url": "https://jira.example.com/projects/OBS",
            "chat_url": "https://chat.example.com/channel/observability",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 60,
        "packages": ["docker:registry.example.com/observability/logship"],
        "activity_score": 520,
        "created_days_ago": 1040,
        "last_activity_days_ago": 8,
        "maintainers": ["kenji.watanabe", "marta.kowalczyk"],
        "trusted_committers": ["rafael.costa", "ingrid.johansen"],
        "description": """\
Logship runs as a DaemonSet on every node. It reads container logs, parses JSON and the
common text formats, drops health-check noise and ships the rest to search.

## For service teams

Log JSON to standard output and you are done. To keep logs longer than the default 14 days,
add an annotation to your deployment:

```yaml
metadata:
  annotations:
    logship.fernhill.example.com/retention-days: "90"
```

## Triage

Around half of the issues are questions about parsing. Help sorting them into bugs, feature
requests and documentation gaps is very welcome.
""",
    },
    {
        "name": "Panorama",
        "slug": "panorama",
        "tagline": "Dashboards and alerts as code: reviewed like any change, deployed everywhere.",
        "kind": "tool",
        "stage": "active",
        "owner": "observability",
        "languages": ["TypeScript"],
        "topics": ["observability"],
        "skills": ["Technical writing", "UX design"],
        "contributions": ["code", "documentation", "design"],
        "links": {
            "repository_url": "https://git.example.com/observability/panorama",
            "docs_url": "https://docs.example.com/panorama/",
            "chat_url": "https://chat.example.com/channel/observability",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "packages": ["npm:@fernhill/panorama"],
        "activity_score": 450,
        "created_days_ago": 500,
        "last_activity_days_ago": 5,
        "maintainers": ["kenji.watanabe", "rafael.costa"],
        "trusted_committers": ["amara.nwosu"],
        "mentors": ["hannah.kim"],
        "description": """\
Panorama turns a short TypeScript file in your repository into dashboards and alert rules,
deployed by Conveyor with the rest of your service.

```ts
export default service("ledger")
  .latency({ p99: "300ms" })
  .errorRate({ max: 0.01 })
  .pageOn("billing-payments-oncall");
```

## Roadmap

1. Synthetic checks, replacing the archived Heartbeat
2. A dashboard generated for every service without any configuration
3. Better-looking default dashboards: designers, we need you
""",
    },
    {
        "name": "Heartbeat",
        "slug": "heartbeat",
        "tagline": "Uptime pings for internal services. Archived: use Panorama synthetic checks.",
        "kind": "service",
        "stage": "archived",
        "owner": "observability",
        "languages": ["Python"],
        "topics": ["observability"],
        "links": {
            "repository_url": "https://git.example.com/observability/heartbeat",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": [],
        "activity_score": 0,
        "created_days_ago": 1090,
        "last_activity_days_ago": 420,
        "maintainers": ["marta.kowalczyk"],
        "description": """\
> **Archived.** Heartbeat was switched off after every check moved to Panorama's synthetic
> checks. The repository is read-only and kept for reference.

Heartbeat called a `/healthz` URL on each registered service every minute and paged the
owning team after three failures in a row.
""",
    },
    {
        "name": "Waypoint API",
        "slug": "waypoint-api",
        "tagline": "Where every parcel is: shipment events, status and proof of delivery.",
        "kind": "api",
        "stage": "mature",
        "owner": "shipments",
        "languages": ["Kotlin"],
        "topics": ["logistics", "api"],
        "skills": ["API design", "PostgreSQL"],
        "contributions": ["code", "documentation", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/shipments/waypoint-api",
            "docs_url": "https://docs.example.com/waypoint/",
            "issue_tracker_url": "https://jira.example.com/projects/WPT",
            "chat_url": "https://chat.example.com/channel/waypoint",
            "sandbox_url": "https://sandbox.example.com/waypoint/",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 60,
        "packages": ["maven:com.fernhill:waypoint-client"],
        "activity_score": 890,
        "created_days_ago": 1000,
        "last_activity_days_ago": 1,
        "maintainers": ["daniel.cohen", "priya.raman", "lars.eriksen"],
        "trusted_committers": ["chloe.martin", "mateo.garcia"],
        "champions": ["sofia.marquez"],
        "mentors": ["elena.popescu"],
        "description": """\
Waypoint is the source of truth for a parcel's journey. Depots, couriers' apps and partner
carriers write events; the web site, the apps, billing and the ETA model read them.

```sh
curl -H "Authorization: Bearer $TOKEN" \\
  https://sandbox.example.com/waypoint/v3/shipments/FH123456789/events
```

## Guarantees

- Events are ordered per shipment and never rewritten; corrections are new events.
- 99.95% availability for reads; writes are queued when a depot is offline.
- Breaking changes get a new major version and twelve months of overlap.

## Contributing

Most contributions are new event types for a partner carrier. The docs have a checklist;
the maintainers review within two working days.
""",
    },
    {
        "name": "Inkwell",
        "slug": "inkwell",
        "tagline": "Label printing for depots. Deprecated: depots move to carrier labels by Q3.",
        "kind": "service",
        "stage": "deprecated",
        "owner": "shipments",
        "languages": ["Java"],
        "topics": ["logistics"],
        "contributions": ["bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/shipments/inkwell",
            "issue_tracker_url": "https://jira.example.com/projects/WPT",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": [],
        "activity_score": 80,
        "created_days_ago": 1085,
        "last_activity_days_ago": 45,
        "maintainers": ["lars.eriksen"],
        "description": """\
> **Deprecated.** Labels now come from Waypoint's carrier-label endpoint. Inkwell keeps
> running for the depots that have not switched printers yet; it gets no new features.

## Remaining depots

The migration tracker lists depots still on Inkwell. Bug reports from those depots are still
handled within the usual two working days.
""",
    },
    {
        "name": "Ledger",
        "slug": "ledger",
        "tagline": "Double-entry ledger of every invoice, refund and payout: the books of record.",
        "kind": "service",
        "stage": "mature",
        "owner": "billing-payments",
        "languages": ["Kotlin", "SQL"],
        "topics": ["payments"],
        "skills": ["PostgreSQL", "Accounting"],
        "contributions": ["tests", "documentation", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/billing-payments/ledger",
            "docs_url": "https://docs.example.com/ledger/",
            "issue_tracker_url": "https://jira.example.com/projects/BILL",
            "chat_url": "https://chat.example.com/channel/billing",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 90,
        "packages": ["docker:registry.example.com/billing-payments/ledger"],
        "activity_score": 610,
        "created_days_ago": 1020,
        "last_activity_days_ago": 2,
        "maintainers": ["isabella.rossi", "wei.zhang"],
        "trusted_committers": ["oliver.bennett"],
        "champions": ["sofia.marquez"],
        "description": """\
Every movement of money at Fernhill is a balanced set of entries in Ledger. Finance closes
the month from it, and auditors read it.

## Rules that never bend

1. Entries are append-only; a mistake is corrected by a reversing entry.
2. Every posting balances to zero in each currency.
3. Amounts are integers in minor units, never floating point.

## How to help

Property-based tests for currency conversion and better runbooks for month-end are the two
most useful contributions. Code changes to posting rules need a pairing session with a
maintainer first.
""",
    },
    {
        "name": "Billing Client",
        "slug": "billing-client",
        "tagline": "Java and Kotlin client for the billing APIs, with safe retries built in.",
        "kind": "sdk",
        "stage": "active",
        "owner": "billing-payments",
        "languages": ["Java", "Kotlin"],
        "topics": ["payments", "api"],
        "skills": ["Java"],
        "contributions": ["code", "documentation", "tests"],
        "links": {
            "repository_url": "https://git.example.com/billing-payments/billing-client",
            "docs_url": "https://docs.example.com/billing-client/",
            "issue_tracker_url": "https://git.example.com/billing-payments/billing-client/-/issues",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["maven:com.fernhill:billing-client"],
        "activity_score": 380,
        "created_days_ago": 640,
        "last_activity_days_ago": 11,
        "maintainers": ["oliver.bennett", "zanele.dlamini"],
        "trusted_committers": ["lars.eriksen"],
        "mentors": ["tomasz.nowak"],
        "description": """\
```kotlin
val billing = BillingClient.fromEnvironment()
val invoice = billing.invoices.create(customerId, lines, idempotencyKey = orderId)
```

The client signs requests with the service's identity, retries safely thanks to idempotency
keys, and maps error codes to typed exceptions.

## Versions

- 3.x: current, Java 17+
- 2.x: security fixes until the end of the year

A Python client is wanted; the OpenAPI description is in the Ledger repository.
""",
    },
    {
        "name": "Tollbooth",
        "slug": "tollbooth",
        "tagline": "One API in front of our card, bank-transfer and wallet payment providers.",
        "kind": "api",
        "stage": "active",
        "owner": "billing-payments",
        "languages": ["Go"],
        "topics": ["payments", "api", "security"],
        "skills": ["API design", "PCI DSS"],
        "contributions": ["code", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/billing-payments/tollbooth",
            "docs_url": "https://docs.example.com/tollbooth/",
            "issue_tracker_url": "https://jira.example.com/projects/BILL",
            "chat_url": "https://chat.example.com/channel/billing",
            "sandbox_url": "https://sandbox.example.com/tollbooth/",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 60,
        "packages": ["go:git.example.com/billing-payments/tollbooth/client"],
        "activity_score": 560,
        "created_days_ago": 560,
        "last_activity_days_ago": 3,
        "maintainers": ["wei.zhang", "mateo.garcia"],
        "trusted_committers": ["zanele.dlamini"],
        "champions": ["isabella.rossi"],
        "mentors": ["fatima.alzahra"],
        "description": """\
Tollbooth hides the differences between payment providers behind one API: authorise,
capture, refund, and one webhook format back.

## Providers

- Cards: two acquirers, with automatic failover
- Bank transfers in the euro area and the UK
- Two wallets, behind a feature flag per country

## Contributing

Tollbooth is in scope for PCI DSS. Contributors complete the short secure-coding course
first; the maintainers will point you to it and review your first change together.
""",
    },
    {
        "name": "Coinage",
        "slug": "coinage",
        "tagline": "Money and currency arithmetic for Python. Archived: use Ledger's Money type.",
        "kind": "library",
        "stage": "archived",
        "owner": "billing-payments",
        "languages": ["Python"],
        "topics": ["payments"],
        "links": {
            "repository_url": "https://git.example.com/billing-payments/coinage",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": ["pypi:fernhill-coinage"],
        "activity_score": 0,
        "created_days_ago": 1095,
        "last_activity_days_ago": 600,
        "maintainers": ["isabella.rossi"],
        "description": """\
> **Archived.** The `Money` type in the Ledger client does the same with the rounding rules
> finance signed off. The last release stays on the package index.

Coinage was the first shared library at Fernhill, written when three services disagreed on
how to round a VAT amount.
""",
    },
    {
        "name": "Fernhill UI Kit",
        "slug": "ui-kit",
        "tagline": "Accessible React components and design tokens for every Fernhill web app.",
        "kind": "library",
        "stage": "mature",
        "owner": "customer-web",
        "languages": ["TypeScript"],
        "topics": ["frontend", "accessibility"],
        "skills": ["React", "Accessibility testing", "UX design"],
        "contributions": ["code", "design", "documentation", "tests"],
        "links": {
            "repository_url": "https://git.example.com/customer-web/ui-kit",
            "docs_url": "https://ui-kit.example.com/",
            "issue_tracker_url": "https://git.example.com/customer-web/ui-kit/-/issues",
            "chat_url": "https://chat.example.com/channel/ui-kit",
            "sandbox_url": "https://ui-kit.example.com/playground/",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["npm:@fernhill/ui-kit", "npm:@fernhill/design-tokens"],
        "activity_score": 830,
        "created_days_ago": 980,
        "last_activity_days_ago": 1,
        "maintainers": ["hannah.kim", "lucas.moreau"],
        "trusted_committers": ["amara.nwosu", "jonas.weber", "sara.lindgren"],
        "champions": ["sofia.marquez"],
        "mentors": ["noa.levi"],
        "description": """\
The UI Kit is how Fernhill looks on the web: 60 components, design tokens shared with the
mobile apps, and accessibility checked in every build.

```tsx
import { Button, TrackingTimeline } from "@fernhill/ui-kit";

<TrackingTimeline events={events} />
<Button variant="primary">Reschedule delivery</Button>
```

## Principles

- WCAG 2.2 AA or it does not ship
- Components are controlled and typed; no hidden global state
- Tokens first: colours, spacing and type come from `@fernhill/design-tokens`

## Contributing

Propose a component with a design in the chat channel; designers and engineers both review.
Screenshots are compared automatically, so include a story for every state.
""",
    },
    {
        "name": "Formwork",
        "slug": "formwork",
        "tagline": "Typed form state and validation for React, sharing rules with the backend.",
        "kind": "library",
        "stage": "incubating",
        "owner": "customer-web",
        "languages": ["TypeScript"],
        "topics": ["frontend"],
        "skills": ["React"],
        "contributions": ["code", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/customer-web/formwork",
            "chat_url": "https://chat.example.com/channel/ui-kit",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "packages": ["npm:@fernhill/formwork"],
        "activity_score": 140,
        "created_days_ago": 180,
        "last_activity_days_ago": 10,
        "maintainers": ["jonas.weber"],
        "champions": ["hannah.kim"],
        "mentors": ["lucas.moreau"],
        "description": """\
Formwork reads the validation rules an API publishes in its OpenAPI description, so that a
form in the browser rejects exactly what the server would reject.

## Status

Used by the address and delivery-preferences forms in the customer area. Before it can be
recommended more widely it needs:

- support for forms split across several steps
- documentation beyond the README
- a second team using it in production
""",
    },
    {
        "name": "Pocket SDK",
        "slug": "pocket-sdk",
        "tagline": "Building blocks for the courier and customer apps: sign-in, sync, scanning.",
        "kind": "sdk",
        "stage": "active",
        "owner": "mobile-apps",
        "languages": ["Kotlin", "Swift"],
        "topics": ["mobile", "authentication"],
        "skills": ["Android", "iOS"],
        "contributions": ["code", "tests", "documentation"],
        "links": {
            "repository_url": "https://git.example.com/mobile-apps/pocket-sdk",
            "docs_url": "https://docs.example.com/pocket-sdk/",
            "issue_tracker_url": "https://git.example.com/mobile-apps/pocket-sdk/-/issues",
            "chat_url": "https://chat.example.com/channel/mobile",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["maven:com.fernhill.mobile:pocket-sdk"],
        "activity_score": 470,
        "created_days_ago": 720,
        "last_activity_days_ago": 4,
        "maintainers": ["arjun.mehta", "sara.lindgren"],
        "trusted_committers": ["tiago.santos"],
        "champions": ["daniel.cohen"],
        "mentors": ["nadia.petrova"],
        "description": """\
Pocket SDK holds what the courier app, the customer app and the depot scanner app share.

## Modules

- `pocket-auth`: Turnstile sign-in with biometrics and refresh
- `pocket-sync`: offline queue for delivery events, replayed in order to Waypoint
- `pocket-scan`: barcode and label scanning tuned for cheap depot phones

## Contributing

Android changes need a matching iOS change, or an issue saying why not. If you know only one
platform, say so in the merge request and a maintainer will pair on the other.
""",
    },
    {
        "name": "Pushline",
        "slug": "pushline",
        "tagline": "Proposal: one service for push notifications to couriers and customers.",
        "kind": "service",
        "stage": "proposed",
        "owner": "mobile-apps",
        "languages": ["Kotlin"],
        "topics": ["mobile"],
        "skills": ["API design"],
        "contributions": ["design", "documentation"],
        "links": {
            "chat_url": "https://chat.example.com/channel/pushline",
        },
        "packages": [],
        "activity_score": 10,
        "created_days_ago": 20,
        "last_activity_days_ago": 3,
        "maintainers": ["noa.levi"],
        "champions": ["arjun.mehta"],
        "description": """\
## Problem

Four teams send push notifications, each with its own provider credentials and its own idea
of quiet hours. Customers get duplicate messages; couriers get none when a token expires.

## Proposal

A small service that owns device tokens, quiet hours and delivery receipts, with one API for
every sender. We are looking for:

- teams that send notifications today, to list what they need
- someone to sketch the API before any code is written
""",
    },
    {
        "name": "Riverbed",
        "slug": "riverbed",
        "tagline": "Declarative batch and streaming pipelines, with lineage and data checks.",
        "kind": "platform",
        "stage": "active",
        "owner": "data-platform",
        "languages": ["Python", "SQL"],
        "topics": ["data-pipelines"],
        "skills": ["Spark", "SQL tuning"],
        "contributions": ["code", "documentation", "tests", "triage"],
        "links": {
            "repository_url": "https://git.example.com/data-platform/riverbed",
            "docs_url": "https://docs.example.com/riverbed/",
            "issue_tracker_url": "https://jira.example.com/projects/DATA",
            "chat_url": "https://chat.example.com/channel/data-platform",
            "forum_url": "https://forum.example.com/c/data",
        },
        "license": INNER_SOURCE_LICENCE_V2,
        "warranty_days": 30,
        "packages": ["pypi:fernhill-riverbed"],
        "activity_score": 780,
        "created_days_ago": 880,
        "last_activity_days_ago": 1,
        "maintainers": ["elena.popescu", "kwame.boateng", "julia.novak"],
        "trusted_committers": ["wei.zhang", "haruto.sato", "dmitri.volkov"],
        "champions": ["ravi.krishnan"],
        "mentors": ["kenji.watanabe"],
        "description": """\
A Riverbed pipeline is a Python file that says what goes in, what comes out and what must be
true of the result. The platform schedules it, records lineage and stops bad data at the
door.

```python
from riverbed import pipeline, source, check

@pipeline(schedule="hourly", owner="billing-payments")
def daily_revenue(events=source("waypoint.delivered"), invoices=source("ledger.invoices")):
    result = invoices.join(events, on="shipment_id").group_by("day").sum("amount_minor")
    check(result).not_null("day").unique("day")
    return result
```

## Getting started

1. `fern new pipeline` in your team's data repository
2. Run it locally against the sample data with `riverbed run --sample`
3. Merge: Conveyor deploys it and the first run starts within the hour

Office hours with the maintainers: Wednesdays, 15:00 CET.
""",
    },
    {
        "name": "Beacon",
        "slug": "beacon",
        "tagline": "Product and operational events from any service, schemas checked at build.",
        "kind": "sdk",
        "stage": "mature",
        "owner": "data-platform",
        "languages": ["Python", "TypeScript", "Kotlin"],
        "topics": ["data-pipelines"],
        "skills": ["Technical writing"],
        "contributions": ["documentation", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/data-platform/beacon",
            "docs_url": "https://docs.example.com/beacon/",
            "issue_tracker_url": "https://jira.example.com/projects/DATA",
        },
        "license": INNER_SOURCE_LICENCE,
        "warranty_days": 60,
        "packages": ["pypi:fernhill-beacon", "npm:@fernhill/beacon"],
        "activity_score": 600,
        "created_days_ago": 1010,
        "last_activity_days_ago": 6,
        "maintainers": ["haruto.sato", "julia.novak"],
        "trusted_committers": ["amara.nwosu"],
        "mentors": ["chloe.martin"],
        "description": """\
Beacon sends events to the data platform with a schema from the shared registry. A typo in
an event name fails the build, not next quarter's report.

```ts
import { track } from "@fernhill/beacon";

track("delivery_rescheduled", { shipmentId, newSlot });
```

The SDK is stable and changes rarely. What helps most now are examples for each language and
reports of confusing error messages.
""",
    },
    {
        "name": "Compass ETA",
        "slug": "compass-eta",
        "tagline": "Delivery-time estimates for every parcel, updated as the courier moves.",
        "kind": "api",
        "stage": "incubating",
        "owner": "machine-learning",
        "languages": ["Python"],
        "topics": ["ml", "logistics", "api"],
        "skills": ["Machine learning", "Python"],
        "contributions": ["code", "tests", "bug-reports"],
        "links": {
            "repository_url": "https://git.example.com/machine-learning/compass-eta",
            "docs_url": "https://docs.example.com/compass/",
            "chat_url": "https://chat.example.com/channel/ml",
            "sandbox_url": "https://sandbox.example.com/compass/",
        },
        "license": INNER_SOURCE_LICENCE,
        "packages": [],
        "activity_score": 260,
        "created_days_ago": 330,
        "last_activity_days_ago": 2,
        "maintainers": ["leila.haddad", "siddharth.iyer"],
        "trusted_committers": ["priya.raman"],
        "champions": ["ravi.krishnan"],
        "mentors": ["kwame.boateng"],
        "description": """\
Compass predicts when a parcel will arrive, from the courier's route, the depot's backlog
and the weather, and revises the estimate with every Waypoint event.

## Status

Serving the customer web site in three countries. The estimate is within 30 minutes of the
real delivery for 87% of parcels; the old rule-based estimate managed 61%.

## Help wanted

- Load tests: the apps will call Compass ten times more often than the web site
- A fallback when the model is unavailable, agreed with the Shipments team
""",
    },
    {
        "name": "Pantry",
        "slug": "pantry",
        "tagline": "Proposal: a feature store, so models train and serve on the same features.",
        "kind": "platform",
        "stage": "proposed",
        "owner": "machine-learning",
        "languages": ["Python"],
        "topics": ["ml", "data-pipelines"],
        "skills": ["Machine learning", "Spark"],
        "contributions": ["design", "documentation"],
        "links": {
            "chat_url": "https://chat.example.com/channel/ml",
            "forum_url": "https://forum.example.com/t/a-feature-store-for-fernhill/398",
        },
        "packages": [],
        "activity_score": 40,
        "created_days_ago": 45,
        "last_activity_days_ago": 7,
        "maintainers": ["dmitri.volkov", "emily.carter"],
        "champions": ["ravi.krishnan"],
        "mentors": ["elena.popescu"],
        "description": """\
## Problem

Compass and the route scorer compute the same features twice: once in batch for training,
once in the serving path. The two drift apart, and the models get worse without anyone
noticing.

## Proposal

Define each feature once as a Riverbed pipeline, materialise it to the warehouse for
training and to a key-value store for serving.

## Before we build

We want to hear from every team that trains a model or would like to. The forum thread has a
short questionnaire.
""",
    },
]

# Onboarding ----------------------------------------------------------------------------------
#
# Starter issues, journeys and contributor guides, with a history of people using them. Times
# are days before loading (fractions for hours); every mentor holds a mentor or maintainer role
# on the issue's project, and nobody works through a project they already maintain. The
# newcomer persona, lea.dubois, is left without claims or runs so that she can try it all.

NEWCOMER = "lea.dubois"

# "number" is the issue's number in the project's tracker, used for the link when the project
# has one (a GitLab issue, or a Jira key such as OBS-482).
STARTER_ISSUES = [
    {
        "key": "fern-dry-run",
        "project": "fern-cli",
        "number": 214,
        "title": "Add a --dry-run flag to fern new service",
        "skills": ["Go", "Testing"],
        "effort_hours": 4,
        "points": 15,
        "mentor": "haruto.sato",
        "created_days_ago": 12,
        "body": """\
People want to see which files `fern new service` would write before it touches their disk,
especially when they run it inside an existing repository.

### Where to start

- `cmd/new/service.go` builds the list of files from the Launchpad template, then writes them.
- `internal/render/plan.go` already has a `Plan` type; print it instead of applying it.

### What done looks like

- `fern new service --template python-api --name demo --dry-run` prints every file it would
  create, with its size, and writes nothing.
- A test in `cmd/new/service_test.go` checks that the target directory stays empty.
- The flag appears in `fern new service --help` and in `docs/commands/new.md`.
""",
    },
    {
        "key": "fern-doctor-go",
        "project": "fern-cli",
        "number": 198,
        "title": "Make fern doctor check the installed Go version",
        "skills": ["Go"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "mei.chen",
        "created_days_ago": 40,
        "body": """\
`fern doctor` checks Docker, kubectl and the VPN, but not Go. Newcomers with an old Go from
their distribution get confusing build errors in the Launchpad `go-worker` template.

### Where to start

Look at `internal/doctor/checks/docker.go`: a check is a struct with `Name()` and `Run()`.
Add `golang.go` beside it and register it in `internal/doctor/registry.go`.

### What done looks like

- Go older than the version in `launchpad/templates/go-worker/go.mod` is reported with the
  command that upgrades it.
- No Go installed is a warning, not an error: not everyone writes Go.
- Table-driven tests for the version comparison.
""",
    },
    {
        "key": "fern-fish",
        "project": "fern-cli",
        "number": 221,
        "title": "Ship shell completion for fish",
        "skills": ["Go"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "grace.mensah",
        "created_days_ago": 18,
        "body": """\
`fern completion bash` and `fern completion zsh` exist; fish users (a good dozen of them)
copy a script from the chat channel that is out of date.

### Where to start

Cobra generates fish completion too: see `cmd/completion.go` and the `GenFishCompletion`
call in its documentation.

### What done looks like

- `fern completion fish` prints the script, and `docs/install.md` says where to put it.
- The release pipeline's smoke test runs the new subcommand.
""",
    },
    {
        "key": "fern-login-docs",
        "project": "fern-cli",
        "number": 207,
        "title": "Document fern login for people on remote shells",
        "skills": ["Documentation"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "haruto.sato",
        "created_days_ago": 25,
        "body": """\
`fern login --device` works without a browser on the machine, but nothing in the docs says
so. People on jump hosts keep asking in #dx-help.

### Where to start

`docs/commands/login.md`, and the three threads linked in the tracker issue for the questions
people actually asked.

### What done looks like

- A "No browser on this machine?" section with the device-code flow, step by step.
- A note on where the short-lived credentials are stored and how long they last.
""",
    },
    {
        "key": "launchpad-healthz",
        "project": "launchpad",
        "number": 412,
        "title": "Add a health-check endpoint to the go-worker template",
        "skills": ["Go", "Kubernetes"],
        "effort_hours": 4,
        "points": 15,
        "mentor": "priya.raman",
        "created_days_ago": 16,
        "body": """\
Services made from the `go-worker` template have no HTTP server, so Kubernetes can only tell
that the process is running, not that it still consumes its queue.

### Where to start

- `templates/go-worker/main.go.tmpl` starts the consumer.
- `templates/python-api` already serves `/healthz`; copy its semantics, not its code.

### What done looks like

- A small server on port 8081 answers `/healthz` (process alive) and `/readyz` (connected to
  the queue).
- The generated Kubernetes manifests use both probes.
- `make test-templates` renders the template and calls both endpoints.
""",
    },
    {
        "key": "launchpad-runbook-docs",
        "project": "launchpad",
        "number": 398,
        "title": "Explain the generated runbook sections in the template README",
        "skills": ["Documentation"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "tomasz.nowak",
        "created_days_ago": 30,
        "body": """\
Every new service gets `docs/runbook.md` with six headings. On-call engineers say half of
them are left empty because nobody knows what belongs there.

### Where to start

`templates/_shared/docs/runbook.md.tmpl`. The Waypoint API runbook is a good filled-in
example to quote from.

### What done looks like

- One or two sentences under each heading of the template saying what to write, with an
  example.
- The template's README links to the runbook guidelines of the on-call handbook.
""",
    },
    {
        "key": "launchpad-nvmrc",
        "project": "launchpad",
        "number": 419,
        "title": "Pin the Node version in the ts-frontend template with .nvmrc",
        "skills": ["TypeScript"],
        "effort_hours": 1,
        "points": 5,
        "mentor": "ana.lima",
        "created_days_ago": 8,
        "body": """\
Front ends made from `ts-frontend` build on Node 20 in Conveyor but on whatever Node people
have on their laptops, which caused two confusing lockfile diffs this month.

### Where to start

`templates/ts-frontend/`: add `.nvmrc.tmpl` next to `package.json.tmpl`, reading the version
from the same variable the pipeline uses.

### What done looks like

- New projects get an `.nvmrc` and an `engines` field in `package.json`.
- The template README mentions `nvm use` (or `fnm use`) in the first steps.
""",
    },
    {
        "key": "conveyor-cargo-cache",
        "project": "conveyor",
        "number": 577,
        "title": "Add a cache key for Cargo in the Rust pipeline",
        "skills": ["GitLab CI", "Rust"],
        "effort_hours": 4,
        "points": 15,
        "mentor": "lukas.becker",
        "created_days_ago": 22,
        "body": """\
The Rust pipeline downloads every crate on every job: Keyring's build spends four of its
seven minutes fetching dependencies.

### Where to start

`pipelines/rust.yml`; the Go pipeline in `pipelines/go.yml` shows how we key the cache on the
lock file.

### What done looks like

- `~/.cargo/registry` and `target/` are cached, keyed on `Cargo.lock`.
- The pipeline's example project shows the second run is faster (paste the job times in the
  merge request).
""",
    },
    {
        "key": "conveyor-scanner-summary",
        "project": "conveyor",
        "number": 583,
        "title": "Show the failing scanner rule in the job summary",
        "skills": ["Go"],
        "effort_hours": 6,
        "points": 20,
        "mentor": "jurgen.muller",
        "created_days_ago": 14,
        "body": """\
When the image scan fails, the job log ends with 2,000 lines of JSON. People need the rule
that failed and the package that triggered it.

### Where to start

`tools/scan-report/main.go` reads the scanner's JSON. The job summary format is documented in
`docs/job-summaries.md`.

### What done looks like

- A short table in the job summary: rule, package, installed and fixed version.
- The full report is still attached as an artifact.
- Unit tests with the two sample reports in `testdata/`.
""",
    },
    {
        "key": "patience-grpc-example",
        "project": "patience",
        "number": 88,
        "title": "Add an example of retry.Budget with a gRPC client",
        "skills": ["Go", "Documentation"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "kwame.boateng",
        "created_days_ago": 60,
        "body": """\
Most questions about Patience are from teams calling gRPC services: which status codes are
safe to retry, and where the budget belongs.

### Where to start

`examples/http/main.go` is the model to follow; the docs page `docs/budgets.md` explains the
budget itself.

### What done looks like

- `examples/grpc/main.go` retries `Unavailable` and `ResourceExhausted` only, with a budget.
- The example builds in CI (`go vet ./examples/...`).
""",
    },
    {
        "key": "patience-fuzz",
        "project": "patience",
        "number": 95,
        "title": "Fuzz test the jitter calculation",
        "skills": ["Go", "Testing"],
        "effort_hours": 5,
        "points": 15,
        "mentor": "yuki.tanaka",
        "created_days_ago": 20,
        "body": """\
A customer-facing outage last year came from a backoff that overflowed to a negative delay
in another library. We would like proof that ours cannot.

### Where to start

`backoff.go`, function `nextDelay`. Go's built-in fuzzing needs nothing more than a
`FuzzNextDelay` function in `backoff_test.go`.

### What done looks like

- A fuzz test asserting the delay is never negative and never above `MaxDelay`.
- The CI job runs it for 30 seconds on every merge request.
""",
    },
    {
        "key": "groundwork-bucket-lifecycle",
        "project": "groundwork",
        "number": 241,
        "title": "Add a lifecycle rule example to the bucket module",
        "skills": ["Terraform", "Documentation"],
        "effort_hours": 2,
        "points": 10,
        "mentor": "oliver.bennett",
        "created_days_ago": 11,
        "body": """\
The `bucket` module supports lifecycle rules, but its example does not use them, so most
buckets keep everything forever.

### Where to start

`modules/bucket/examples/basic/main.tf` and the variable `lifecycle_rules` in
`modules/bucket/variables.tf`.

### What done looks like

- A second example, `examples/with-expiry`, that expires objects after 90 days.
- The example is applied by the sandbox test like the others.
""",
    },
    {
        "key": "groundwork-postgres-size",
        "project": "groundwork",
        "number": 236,
        "title": "Validate the size variable of the postgres module",
        "skills": ["Terraform", "Testing"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "ingrid.johansen",
        "created_days_ago": 27,
        "body": """\
`size = "larg"` fails twenty minutes into an apply with a provider error nobody understands.

### Where to start

Add a `validation` block to `variable "size"` in `modules/postgres/variables.tf`.

### What done looks like

- A typo fails at `terraform plan` with a message listing the allowed sizes.
- A test in `modules/postgres/tests/` covers a valid and an invalid size.
""",
    },
    {
        "key": "lantern-batch-example",
        "project": "lantern",
        "number": 305,
        "title": "Add a batch-job example to the Python quick start",
        "skills": ["Python", "Documentation"],
        "effort_hours": 4,
        "points": 15,
        "mentor": "aisha.bello",
        "created_days_ago": 20,
        "body": """\
Batch jobs have no incoming request, so the quick start's web example does not help: people
end up with one giant trace per nightly run, or none at all.

### Where to start

`python/examples/` has the web example. Read "Help wanted" on the project page for what
teams asked for.

### What done looks like

- `python/examples/batch_job.py`: one trace per processed item, linked to a parent span for
  the run.
- A short section in `docs/python/quick-start.md` that explains when to start a new trace.
""",
    },
    {
        "key": "lantern-redaction-docs",
        "project": "lantern",
        "number": 288,
        "title": "Document how to turn off address redaction in local development",
        "skills": ["Documentation"],
        "effort_hours": 2,
        "points": 10,
        "mentor": "kenji.watanabe",
        "created_days_ago": 45,
        "body": """\
Lantern redacts customer addresses in span attributes, which is right in production and
maddening when you debug an address parser on your laptop.

### Where to start

The setting is `LANTERN_REDACT` in `python/lantern/config.py`; nothing in `docs/` mentions it.

### What done looks like

- A "Local development" section that shows the setting and warns never to set it in a
  deployed environment.
- The same note in the Java and TypeScript docs.
""",
    },
    {
        "key": "lantern-java-queues",
        "project": "lantern",
        "number": 311,
        "title": "Test that the Java agent keeps trace context across queue hops",
        "skills": ["Java", "Testing"],
        "effort_hours": 6,
        "points": 20,
        "mentor": "kenji.watanabe",
        "created_days_ago": 9,
        "body": """\
Propagation through our queues is one of Lantern's selling points, yet the Java side has no
test for it; a regression last spring went unnoticed for two weeks.

### Where to start

`java/agent/src/test/` has an in-memory exporter. The Python test
`python/tests/test_queue_propagation.py` is the model.

### What done looks like

- An integration test that publishes and consumes one message and asserts a single trace.
- It runs in the existing `./gradlew check` job, in under ten seconds.
""",
    },
    {
        "key": "lantern-exporter-warning",
        "project": "lantern",
        "number": 316,
        "title": "Warn once, not on every span, when the exporter is unreachable",
        "skills": ["Python"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "lucas.moreau",
        "created_days_ago": 15,
        "body": """\
Without a local collector, the Python SDK logs a warning for every span: thousands of lines
that hide the service's own output.

### Where to start

`python/lantern/exporter.py`, method `_export`. The standard library's `logging` filters or a
simple flag are both fine.

### What done looks like

- One warning when the exporter first fails, and one "reconnected" message when it recovers.
- A unit test with a fake exporter that fails three times.
""",
    },
    {
        "key": "logship-retry-docs",
        "project": "logship",
        "number": 482,
        "title": "Document the retry settings of Logship",
        "skills": ["Documentation", "Kubernetes"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "marta.kowalczyk",
        "created_days_ago": 35,
        "body": """\
When the search cluster is slow, Logship buffers and retries. The five settings that control
this are only described in the code, and teams keep asking why logs arrive late.

### Where to start

`internal/output/retry.go` reads the settings; the defaults are in `deploy/values.yaml`.

### What done looks like

- A "Retries and buffering" page in `docs/` with each setting, its default and when to change
  it.
- A diagram or a short worked example of what happens during a ten-minute outage.
""",
    },
    {
        "key": "logship-nginx",
        "project": "logship",
        "number": 497,
        "title": "Parse nginx error logs into JSON fields",
        "skills": ["Go", "Testing"],
        "effort_hours": 6,
        "points": 20,
        "mentor": "kenji.watanabe",
        "created_days_ago": 13,
        "body": """\
nginx access logs are parsed; its error log arrives as one unstructured line, so nobody can
search by upstream or client address.

### Where to start

`internal/parsers/nginx_access.go` and its tests show how a parser is written and registered.

### What done looks like

- A parser for the error log format with level, upstream, client and message fields.
- Tests with the sample lines in `testdata/nginx_error.log`.
""",
    },
    {
        "key": "panorama-dark-theme",
        "project": "panorama",
        "number": None,
        "title": "Add a dark theme to the default service dashboard",
        "skills": ["CSS", "UX design"],
        "effort_hours": 8,
        "points": 20,
        "mentor": "hannah.kim",
        "created_days_ago": 17,
        "body": """\
On-call engineers look at the default dashboard at night. It ignores the dark setting of the
dashboard viewer, and the red of the error panel is hard to read on dark backgrounds.

### Where to start

`src/themes/default.ts` defines the colours; the UI Kit's design tokens already have a dark
palette to reuse.

### What done looks like

- The default dashboard follows the viewer's theme.
- Colour contrast checked with the UI Kit's contrast script (WCAG AA).
- Before and after screenshots in the merge request.
""",
    },
    {
        "key": "panorama-queue-howto",
        "project": "panorama",
        "number": None,
        "title": "Write a how-to for alerting on queue depth",
        "skills": ["Documentation"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "rafael.costa",
        "created_days_ago": 24,
        "body": """\
Queue consumers are the most common service at Fernhill, but every example in the docs is
about HTTP latency.

### Where to start

`docs/how-to/` has one page per alert type. The `queueDepth()` rule exists; it just has no
documentation.

### What done looks like

- A page that sets up a queue-depth alert for a `go-worker` service, from zero.
- It explains how to pick the threshold and the `for` duration.
""",
    },
    {
        "key": "ui-kit-timeline-dark",
        "project": "ui-kit",
        "number": 731,
        "title": "Add a dark-mode story for TrackingTimeline",
        "skills": ["React", "CSS"],
        "effort_hours": 4,
        "points": 20,
        "mentor": "noa.levi",
        "created_days_ago": 30,
        "body": """\
`TrackingTimeline` supports dark mode but has no story for it, so screenshot tests never
check it, and it has broken twice.

### Where to start

`src/components/TrackingTimeline/TrackingTimeline.stories.tsx`; `Button.stories.tsx` shows
the dark-mode decorator.

### What done looks like

- Stories for the dark theme with a delivered, a delayed and a failed parcel.
- New reference screenshots committed by the screenshot job.
""",
    },
    {
        "key": "ui-kit-focus-ring",
        "project": "ui-kit",
        "number": 744,
        "title": "Fix the focus ring of Button in Windows high-contrast mode",
        "skills": ["CSS", "Accessibility testing"],
        "effort_hours": 3,
        "points": 15,
        "mentor": "lucas.moreau",
        "created_days_ago": 10,
        "body": """\
In Windows high-contrast mode the focus ring of `Button` disappears, because it is drawn
with a box shadow, which forced colours remove.

### Where to start

`src/components/Button/Button.module.css`. Search for `forced-colors` in the repository for
the pattern the Link component uses.

### What done looks like

- A visible outline in forced-colours mode, checked in the Edge emulation.
- A note in the accessibility checklist of the component.
""",
    },
    {
        "key": "ui-kit-spanish",
        "project": "ui-kit",
        "number": 750,
        "title": "Translate the UI Kit form error messages to Spanish",
        "skills": ["Translation"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "noa.levi",
        "created_days_ago": 6,
        "body": """\
The customer web site launches in Spain next quarter. The UI Kit's form components show
their validation messages in English or German only.

### Where to start

`src/i18n/messages.de.json` shows the 48 messages; copy it to `messages.es.json`.

### What done looks like

- Every message translated, placeholders such as `{min}` kept as they are.
- The locale switcher in the playground lists Spanish.
""",
    },
    {
        "key": "formwork-postcode",
        "project": "formwork",
        "number": None,
        "title": "Show how to validate a postcode field in the README",
        "skills": ["Documentation", "TypeScript"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "jonas.weber",
        "created_days_ago": 19,
        "body": """\
The README explains Formwork in the abstract. The most common real question is how to
validate a postcode whose format depends on the selected country.

### Where to start

The address form in the customer area (`customer-web/account/src/forms/address.tsx`) does
exactly this.

### What done looks like

- A README section with a short, runnable example of a dependent rule.
- The example is type-checked by the docs test.
""",
    },
    {
        "key": "formwork-nested-tests",
        "project": "formwork",
        "number": None,
        "title": "Add unit tests for nested object rules",
        "skills": ["TypeScript", "Testing"],
        "effort_hours": 5,
        "points": 15,
        "mentor": "lucas.moreau",
        "created_days_ago": 26,
        "body": """\
Rules on nested objects (an address inside an order) work, but nothing tests them, which
makes the planned multi-step forms risky.

### Where to start

`src/rules/nested.ts` and `test/rules/flat.test.ts`, which the new tests can mirror.

### What done looks like

- Tests for required nested fields, optional nested objects and arrays of objects.
- Coverage of `src/rules/nested.ts` above 90%.
""",
    },
    {
        "key": "pocket-scan-sample",
        "project": "pocket-sdk",
        "number": 163,
        "title": "Add a sample app screen for pocket-scan",
        "skills": ["Kotlin", "Android"],
        "effort_hours": 8,
        "points": 25,
        "mentor": "sara.lindgren",
        "created_days_ago": 21,
        "body": """\
The sample app shows sign-in and sync, but not scanning, so teams embedding `pocket-scan`
start from the API reference alone.

### Where to start

`sample/src/main/java/com/fernhill/pocket/sample/` has one activity per module. The depot
scanner app uses the module in `ScanFragment.kt`.

### What done looks like

- A "Scan a label" screen in the sample app that shows the decoded shipment number.
- It runs on the emulator with the test barcode image from `sample/assets/`.
- An issue opened for the matching iOS screen if you do not do that part.
""",
    },
    {
        "key": "pocket-sync-docs",
        "project": "pocket-sdk",
        "number": 158,
        "title": "Document the offline queue limits of pocket-sync",
        "skills": ["Documentation"],
        "effort_hours": 2,
        "points": 5,
        "mentor": "arjun.mehta",
        "created_days_ago": 12,
        "body": """\
How many events does `pocket-sync` keep while a courier is offline, and what happens when the
queue is full? The answer is in the code and in Arjun's head.

### Where to start

`pocket-sync/src/main/kotlin/OfflineQueue.kt` has the limits as constants.

### What done looks like

- A "Working offline" page with the limits, the eviction rule and how to change them.
- Linked from the README of the module.
""",
    },
    {
        "key": "riverbed-sample-flags",
        "project": "riverbed",
        "number": 1187,
        "title": "Document the flags of riverbed run --sample",
        "skills": ["Documentation"],
        "effort_hours": 2,
        "points": 10,
        "mentor": "julia.novak",
        "created_days_ago": 15,
        "body": """\
`riverbed run --sample` has grown seven flags, and the getting-started page mentions none of
them. People rerun whole pipelines when `--only` would do.

### Where to start

`riverbed/cli/run.py` defines the flags; `docs/getting-started.md` is where people look.

### What done looks like

- A reference table of the flags with one example each.
- The getting-started page points to `--only` and `--rows`.
""",
    },
    {
        "key": "riverbed-accepted-values",
        "project": "riverbed",
        "number": 1172,
        "title": "Add an accepted_values check to pipeline results",
        "skills": ["Python", "SQL", "Testing"],
        "effort_hours": 8,
        "points": 25,
        "mentor": "kwame.boateng",
        "created_days_ago": 29,
        "body": """\
Teams write the same check by hand: a status column may only hold a known set of values.

### Where to start

`riverbed/checks.py`: `not_null` and `unique` show how a check compiles to SQL and reports
failing rows.

### What done looks like

- `check(result).accepted_values("status", ["created", "delivered", "returned"])`.
- Tests against the SQLite and Spark back ends in `tests/checks/`.
- The check listed in `docs/checks.md`.
""",
    },
    {
        "key": "riverbed-copy-loader",
        "project": "riverbed",
        "number": 1160,
        "title": "Speed up the sample-data loader with COPY",
        "skills": ["SQL", "Python"],
        "effort_hours": 16,
        "points": 30,
        "mentor": "elena.popescu",
        "created_days_ago": 33,
        "body": """\
Loading the sample data for a local run takes four minutes because rows are inserted one by
one. PostgreSQL's `COPY` would make it seconds.

### Where to start

`riverbed/sample/loader.py`. The maintainers can pair on the PostgreSQL parts in Wednesday
office hours.

### What done looks like

- The loader uses `COPY` on PostgreSQL and keeps the current path for SQLite.
- Timing before and after in the merge request, on the standard sample set.
""",
    },
    {
        "key": "auth-django-docs",
        "project": "fernhill-auth",
        "number": 142,
        "title": "Rewrite the Django middleware page with a full example",
        "skills": ["Documentation", "Python"],
        "effort_hours": 4,
        "points": 15,
        "mentor": "grace.mensah",
        "created_days_ago": 23,
        "body": """\
The Django page of the docs shows the middleware line and nothing else. Readers want to see
settings, a protected view and a test.

### Where to start

`docs/frameworks/django.md`; the example project in `examples/django_app/` already works.

### What done looks like

- The page walks from `pip install` to a protected view and a test with a signed test token.
- A reviewer from outside Identity & Security follows it without help.
""",
    },
    {
        "key": "auth-error-messages",
        "project": "fernhill-auth",
        "number": 149,
        "title": "Name the failed check in InvalidToken messages",
        "skills": ["Python"],
        "effort_hours": 3,
        "points": 10,
        "mentor": "samuel.mwangi",
        "created_days_ago": 7,
        "body": """\
`InvalidToken: token rejected` does not say whether the audience, the issuer or the expiry
was wrong, and every team debugs it the hard way.

### Where to start

`fernhill_auth/verify.py` raises `InvalidToken` in six places.

### What done looks like

- Each message names the check and the expected value, never the token itself.
- Tests assert the message of each failure.
""",
    },
]

# The history of the board: who worked on what. "updates" are (days ago, author or None for the
# claimer, text, change-request link). An active claim's last activity stays within a few days,
# so the hourly expiry job has nothing to do right after loading.
CLAIMS = [
    {
        "issue": "fern-dry-run",
        "user": "rafael.costa",
        "claimed_days_ago": 3,
        "updates": [],
    },
    {
        "issue": "riverbed-sample-flags",
        "user": "emily.carter",
        "claimed_days_ago": 4,
        "updates": [
            (
                1.2,
                None,
                "Listed all seven flags from the code; drafting the examples now. Is `--rows` "
                "meant to be public, or should I leave it out?",
                "",
            ),
        ],
    },
    {
        "issue": "lantern-batch-example",
        "user": "ahmed.hassan",
        "claimed_days_ago": 7,
        "updates": [
            (
                5,
                None,
                "The example processes a day of depot scans with one trace per scan, linked "
                "to a span for the run. Writing the docs section next.",
                "",
            ),
            (
                2,
                None,
                "Ready for review: example, docs section and a test that runs the example.",
                "https://git.example.com/observability/lantern/-/merge_requests/318",
            ),
            (
                1,
                "aisha.bello",
                "Looks great. Two small comments on span names in the merge request, then "
                "we merge.",
                "",
            ),
        ],
    },
    {
        "issue": "patience-grpc-example",
        "user": "mateo.garcia",
        "claimed_days_ago": 52,
        "updates": [
            (
                47,
                None,
                "Example done, retrying Unavailable and ResourceExhausted only.",
                "https://git.example.com/platform/retry/-/merge_requests/97",
            ),
        ],
        "outcome": "done",
        "ended_days_ago": 44,
    },
    {
        "issue": "lantern-redaction-docs",
        "user": "ana.lima",
        "claimed_days_ago": 38,
        "updates": [
            (
                35,
                None,
                "Added a Local development section to the Python, Java and TypeScript docs.",
                "https://git.example.com/observability/lantern/-/merge_requests/296",
            ),
        ],
        "outcome": "done",
        "ended_days_ago": 33,
    },
    {
        "issue": "fern-doctor-go",
        "user": "maria.gonzalez",
        "claimed_days_ago": 30,
        "updates": [
            (
                27,
                None,
                "The check reads the minimum version from the template's go.mod. Tests cover "
                "older, equal, newer and missing Go.",
                "https://git.example.com/developer-experience/fern-cli/-/merge_requests/233",
            ),
        ],
        "outcome": "done",
        "ended_days_ago": 21,
    },
    {
        "issue": "ui-kit-timeline-dark",
        "user": "chloe.martin",
        "claimed_days_ago": 19,
        "updates": [
            (
                16,
                None,
                "Three stories added; the failed-parcel colour was below AA on dark, fixed in "
                "the tokens too.",
                "https://git.example.com/customer-web/ui-kit/-/merge_requests/812",
            ),
        ],
        "outcome": "done",
        "ended_days_ago": 12,
    },
    {
        "issue": "logship-retry-docs",
        "user": "tiago.santos",
        "claimed_days_ago": 28,
        "updates": [
            (
                25,
                None,
                "Started a table of the settings. The courier app release needs me for the "
                "next weeks, so I am giving this back; my notes are in the Jira issue.",
                "",
            ),
        ],
        "outcome": "released",
        "ended_days_ago": 24.9,
    },
]

# Journeys: steps in order, exactly one marked as the hello-world milestone. "author" is the
# maintainer who wrote it.
JOURNEYS = {
    "launchpad": {
        "author": "ana.lima",
        "written_days_ago": 90,
        "introduction": (
            "From zero to a service generated from your own copy of a template, with its tests "
            "passing. About an hour and a half; Thursday afternoon pairing sessions (CET) are "
            "the fastest way through."
        ),
        "steps": [
            {
                "title": "Request access to the Launchpad repository",
                "minutes": 10,
                "body": """\
Ask for the `developer-experience-contributors` group in the access portal. Approval is
automatic for Fernhill staff and takes a few minutes.
""",
            },
            {
                "title": "Install fern and sign in",
                "minutes": 15,
                "body": """\
```sh
brew install fernhill/tap/fern
# without Homebrew: go install git.example.com/developer-experience/fern-cli@latest
fern login
fern doctor
```

`fern doctor` should report every check green; ask in #dx-help if one stays red.
""",
            },
            {
                "title": "Generate a service from your working copy",
                "minutes": 20,
                "hello_world": True,
                "body": """\
```sh
git clone https://git.example.com/developer-experience/launchpad.git
cd launchpad
fern new service --template python-api --name hello-launchpad --templates-dir ./templates
cd hello-launchpad && make test
```

Hello world: the generated service's tests pass on your laptop.
""",
            },
            {
                "title": "Run the template test suite",
                "minutes": 20,
                "body": """\
```sh
make test-templates
```

This renders every template and runs its tests in a container; the first run downloads the
Bedrock base images.
""",
            },
            {
                "title": "Open your first merge request",
                "minutes": 30,
                "body": """\
Pick a starter issue from the board, or fix a typo you noticed on the way. Describe what you
changed and why; a maintainer answers within two working days.
""",
            },
        ],
    },
    "lantern": {
        "author": "kenji.watanabe",
        "written_days_ago": 75,
        "introduction": (
            "Send a trace from your laptop to a local Jaeger and see it, then run the test "
            "suite. You need Docker and Python 3.11."
        ),
        "steps": [
            {
                "title": "Clone Lantern and install the Python SDK",
                "minutes": 15,
                "body": """\
```sh
git clone https://git.example.com/observability/lantern.git
cd lantern/python
uv sync
```
""",
            },
            {
                "title": "Start the local collector and Jaeger",
                "minutes": 10,
                "body": """\
```sh
docker compose -f ../dev/compose.yml up -d collector jaeger
```

The collector listens on ports 4317 and 4318; Jaeger's UI is at http://localhost:16686.
""",
            },
            {
                "title": "Send your first trace",
                "minutes": 15,
                "hello_world": True,
                "body": """\
```sh
uv run python examples/hello.py
```

Open Jaeger, choose the service `lantern-hello` and find the trace with three spans. That is
your hello world.
""",
            },
            {
                "title": "Run the tests",
                "minutes": 10,
                "body": """\
```sh
uv run pytest
```

About two minutes. The integration tests use the collector you started in step 2.
""",
            },
            {
                "title": "Pick a starter issue",
                "minutes": 5,
                "body": """\
The starter-issue board lists Lantern issues with a mentor. Claim one and say hello in the
#observability channel.
""",
            },
        ],
    },
    "fern-cli": {
        "author": "mei.chen",
        "written_days_ago": 80,
        "introduction": (
            "Build fern from source and run your own build. Most people are done in under an "
            "hour; you need Go 1.22 or newer."
        ),
        "steps": [
            {
                "title": "Install Go and clone the repository",
                "minutes": 15,
                "body": """\
```sh
go version   # 1.22 or newer
git clone https://git.example.com/developer-experience/fern-cli.git
cd fern-cli
```
""",
            },
            {
                "title": "Build fern and run your build",
                "minutes": 10,
                "hello_world": True,
                "body": """\
```sh
make build
./bin/fern version
```

Hello world: the version line ends in `-dev` and your commit hash.
""",
            },
            {
                "title": "Run the tests",
                "minutes": 10,
                "body": """\
```sh
make test
```
""",
            },
            {
                "title": "Write a tiny plugin",
                "minutes": 30,
                "body": """\
```sh
./bin/fern plugin new hello --dir /tmp/fern-hello
./bin/fern hello
```

Read `docs/plugins.md` while you wait for the build: every team command is a plugin like this.
""",
            },
        ],
    },
    "ui-kit": {
        "author": "hannah.kim",
        "written_days_ago": 85,
        "introduction": (
            "Run the component library locally and change a story. You need Node 20; everything "
            "else is installed by pnpm."
        ),
        "steps": [
            {
                "title": "Install the dependencies",
                "minutes": 15,
                "body": """\
```sh
git clone https://git.example.com/customer-web/ui-kit.git
cd ui-kit
corepack enable
pnpm install
```
""",
            },
            {
                "title": "Start Storybook and find the Button",
                "minutes": 10,
                "hello_world": True,
                "body": """\
```sh
pnpm storybook
```

Open http://localhost:6006 and find *Components / Button*. Change its label in
`Button.stories.tsx` and watch it update.
""",
            },
            {
                "title": "Run the unit and accessibility tests",
                "minutes": 15,
                "body": """\
```sh
pnpm test
pnpm test:a11y
```
""",
            },
            {
                "title": "Add a story for a state that has none",
                "minutes": 30,
                "body": """\
Pick a component from `docs/missing-stories.md`, add the story and open a merge request. The
screenshot job adds the reference images for you.
""",
            },
        ],
    },
    "pocket-sdk": {
        "author": "arjun.mehta",
        "written_days_ago": 70,
        "introduction": (
            "Build the Android sample app and sign in on an emulator. Plan for an afternoon: "
            "Android Studio is a large download."
        ),
        "steps": [
            {
                "title": "Request the mobile contributors group",
                "minutes": 10,
                "body": """\
Ask for `mobile-contributors` in the access portal: it gives access to the debug signing key
and the test accounts.
""",
            },
            {
                "title": "Install Android Studio and JDK 17",
                "minutes": 45,
                "body": """\
Install Android Studio with an emulator image for API 34, and JDK 17:

```sh
sdk install java 17.0.10-tem
```
""",
            },
            {
                "title": "Build the sample app",
                "minutes": 20,
                "body": """\
```sh
git clone https://git.example.com/mobile-apps/pocket-sdk.git
cd pocket-sdk
./gradlew :sample:assembleDebug
```
""",
            },
            {
                "title": "Sign in on the emulator with a test account",
                "minutes": 20,
                "hello_world": True,
                "body": """\
```sh
./gradlew :sample:installDebug
```

Open *Pocket Sample*, sign in with a test courier from the wiki page "Test accounts". Hello
world: the sync screen shows "0 events waiting".
""",
            },
            {
                "title": "Run the unit tests",
                "minutes": 10,
                "body": """\
```sh
./gradlew test
```
""",
            },
            {
                "title": "Build the iOS sample (macOS only)",
                "minutes": 30,
                "body": """\
```sh
cd ios && xcodebuild -scheme PocketSample -destination 'platform=iOS Simulator,name=iPhone 15'
```

No Mac? Skip this step and say so in your merge request; a maintainer pairs on the iOS side.
""",
            },
        ],
    },
}

# People walking through the journeys: (project, username, started this many days ago,
# minutes after the start at which each step was ticked, in step order; a block or None).
# A block is (step position, minutes after the start, comment). Runs that never reached hello
# world and went quiet more than two weeks ago count as abandoned.
JOURNEY_RUNS = [
    ("launchpad", "mateo.garcia", 55, [10, 30, 75, 120, 240], None),
    ("launchpad", "noa.levi", 48, [15, 40, 65, 110], None),
    ("launchpad", "maria.gonzalez", 58, [20, 50, 150, 200, 1500], None),
    ("launchpad", "ahmed.hassan", 33, [25], None),  # abandoned
    ("launchpad", "emily.carter", 10, [5, 30, 2900], None),
    ("lantern", "ahmed.hassan", 12, [20, 45, 70, 100, 110], None),
    ("lantern", "jonas.weber", 40, [15, 30, 55], None),
    ("lantern", "siddharth.iyer", 27, [30], None),  # abandoned
    ("lantern", "zanele.dlamini", 21, [25, 2380, 2410, 2460], None),
    (
        "lantern",
        "chloe.martin",
        2,
        [12],
        (
            2,
            1500,
            "docker compose fails: port 4317 is already in use on my laptop (I think the VPN "
            "client takes it). How do I run the collector on another port?",
        ),
    ),
    ("fern-cli", "maria.gonzalez", 35, [15, 40, 60, 180], None),
    ("fern-cli", "rafael.costa", 6, [10, 30], None),
    ("fern-cli", "samuel.mwangi", 50, [20, 55, 70, 200], None),
    ("fern-cli", "amara.nwosu", 25, [30, 90], None),
    ("ui-kit", "chloe.martin", 24, [20, 45, 80, 400], None),
    ("ui-kit", "mei.chen", 15, [15, 40], None),
    ("ui-kit", "kwame.boateng", 44, [60, 1500], None),
    ("pocket-sdk", "priya.raman", 52, [15, 120, 200, 260, 300], None),
    ("pocket-sdk", "hannah.kim", 30, [30, 200, 1400, 4100, 4200, 4300], None),
    ("pocket-sdk", "lukas.becker", 22, [20, 95], None),  # abandoned
]

# Contributor guides. Written ones start from the portal's template (the six standard sections)
# with the project's details; a section listed in "omit" is left out on purpose, so that the
# "missing sections" hint has something to show. Sections not given keep the template's text
# (where to ask and the trusted committers are filled in from the project). "add" appends text
# to a section. The synced guide is the text of the repository's CONTRIBUTING.md.
GUIDES = {
    "launchpad": {
        "author": "ana.lima",
        "updated_days_ago": 40,
        "sections": {
            "getting_started": """\
1. Request the `developer-experience-contributors` group in the access portal.
2. Install `fern` and run `fern doctor`; every check should be green.
3. Walk through the Launchpad journey on this portal: it ends with a generated service whose
   tests pass.""",
            "build_and_test": """\
```sh
make lint             # ruff and eslint, under a minute
make test-templates   # renders every template and runs its tests, about 8 minutes
```

Conveyor runs the same two targets on every merge request, plus a deploy of the rendered
`python-api` service to a preview environment.""",
            "submit_a_change": """\
1. New templates need two teams asking for them: start a thread in the chat channel first.
2. Fixes and improvements to existing templates: open a merge request against `main` with a
   test in `tests/templates/`.
3. Describe what a service generated before and after your change looks like.""",
            "review_turnaround": """\
A first answer within two working days. Thursday afternoons (CET) a maintainer pairs with
first-time contributors; book a slot in the chat channel.""",
        },
    },
    "fern-cli": {
        "author": "mei.chen",
        "updated_days_ago": 25,
        "sections": {
            "getting_started": """\
1. Install Go 1.22 or newer.
2. Clone the repository and run `make build`.
3. Run `./bin/fern version`: your build prints a `-dev` version.""",
            "build_and_test": """\
```sh
make build   # about 20 seconds
make test    # unit tests, about a minute
make e2e     # end-to-end tests against a fake cloud, about 4 minutes
```""",
            "submit_a_change": """\
1. Issues labelled `good-first-issue` name a mentor and the file to start from.
2. One change per merge request; update `docs/commands/` when a command's behaviour changes.
3. Commands must work without a browser: say how you checked that.""",
            "review_turnaround": (
                "A first review within one working day; releases go out every Tuesday."
            ),
        },
        "add": {"where_to_ask": "- Office hours: Mondays 10:00 CET in the #dx-help huddle"},
    },
    "lantern": {
        "author": "kenji.watanabe",
        "updated_days_ago": 60,
        "sections": {
            "getting_started": """\
1. You need Docker and Python 3.11; the Java and TypeScript SDKs have their own READMEs.
2. Follow the Lantern journey on this portal: it ends with your first trace in a local Jaeger.""",
            "build_and_test": """\
```sh
cd python && uv run pytest          # about 2 minutes, needs the local collector
cd java && ./gradlew check          # about 5 minutes
cd typescript && pnpm test
```""",
            "submit_a_change": """\
1. Open an issue first for a new language or exporter; Go support has a design document.
2. Keep SDKs consistent: a new option in one SDK needs an issue for the others.
3. Merge requests need a test and a line in `CHANGELOG.md`.""",
            "review_turnaround": "We answer within two working days, Tokyo or Lagos time.",
        },
    },
    "ui-kit": {
        "author": "hannah.kim",
        "updated_days_ago": 15,
        "sections": {
            "getting_started": """\
1. Install Node 20 and run `corepack enable`.
2. `pnpm install`, then `pnpm storybook`.
3. Read the principles on the project page: accessibility first, tokens first.""",
            "build_and_test": """\
```sh
pnpm test        # unit tests
pnpm test:a11y   # axe checks of every story
pnpm build       # the package and the design tokens
```

Screenshots are compared in CI; the job comments on your merge request with any difference.""",
            "submit_a_change": """\
1. Propose a new component with a design in the chat channel; designers review too.
2. Every state of a component needs a story.
3. Breaking changes need a migration note in `docs/migrations/`.""",
            "review_turnaround": (
                "An engineer and, for visual changes, a designer review within three working days."
            ),
        },
    },
    "pocket-sdk": {
        "author": "arjun.mehta",
        "updated_days_ago": 50,
        "sections": {
            "getting_started": """\
1. Request the `mobile-contributors` group in the access portal.
2. Install Android Studio and JDK 17; Xcode 15 if you work on iOS.
3. Build the sample app and sign in with a test account (see the journey).""",
            "build_and_test": """\
```sh
./gradlew test                  # Android unit tests
./gradlew :sample:assembleDebug
cd ios && xcodebuild test -scheme PocketSDK
```""",
            "submit_a_change": """\
1. Android changes need a matching iOS change, or an issue saying why not.
2. Know only one platform? Say so in the merge request; a maintainer pairs on the other.
3. Public API changes need a note in `CHANGELOG.md` and a sample app update.""",
            "review_turnaround": "A first review within two working days.",
        },
    },
    # Two guides written before the template existed, each missing sections on purpose.
    "fernhill-auth": {
        "author": "nadia.petrova",
        "updated_days_ago": 120,
        "sections": {
            "getting_started": """\
1. `pip install -e '.[dev]'` in a virtual environment with Python 3.11.
2. Ask in the chat channel for a Turnstile test client if you need real tokens; the tests use
   signed fake ones.""",
            "build_and_test": """\
```sh
pytest
ruff check .
```""",
            "submit_a_change": """\
1. Security-relevant changes (anything in `verify.py`) need two maintainer approvals.
2. Documentation changes need one; they are the most welcome contribution right now.""",
        },
        "omit": ["review_turnaround"],
    },
    "logship": {
        "author": "marta.kowalczyk",
        "updated_days_ago": 200,
        "sections": {
            "getting_started": """\
1. Install Go 1.22 and `kind`.
2. `make dev-cluster` starts a local cluster with Logship and a search node.""",
            "build_and_test": """\
```sh
make test
make e2e    # needs the dev cluster, about 6 minutes
```""",
            "submit_a_change": """\
1. New parsers: add sample lines to `testdata/` and a parser test.
2. Changes to buffering or retries need a maintainer review and a load test result.""",
        },
        "omit": ["review_turnaround", "trusted_committers"],
    },
    # Kept in sync from the repository by the nightly job.
    "riverbed": {
        "author": "elena.popescu",
        "updated_days_ago": 45,
        "synced_days_ago": 1,
        "source_path": "CONTRIBUTING.md",
        "body": """\
# Contributing to Riverbed

Thanks for helping! Riverbed is used by every team that publishes data, so we are careful,
but never slow to answer.

## Setup

1. Python 3.11 and Java 17 (for the local Spark).
2. `pip install -e '.[dev]'`
3. `riverbed run --sample examples/daily_revenue.py` should finish in under a minute.

## Running the tests

```sh
pytest -m "not spark"   # fast, about a minute
pytest -m spark         # starts a local Spark, about 5 minutes
```

CI runs both, plus a lineage check against the staging catalogue.

## Merge requests

- Open an issue in Jira (project DATA) for anything larger than a fix.
- New checks need tests for the SQLite and Spark back ends.
- Update `docs/` in the same merge request.

## Code review

A maintainer answers within two working days; Wednesday office hours (15:00 CET) are the
quickest way to discuss a design.

## Getting help

- Chat: https://chat.example.com/channel/data-platform
- Forum: https://forum.example.com/c/data

## Maintainers

Elena Popescu, Kwame Boateng and Julia Novák review and merge. Wei Zhang, Haruto Sato and
Dmitri Volkov are trusted committers.
""",
    },
}
