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
        "Lead of Developer Experience: a team page with members and owned projects.",
    ),
    (
        "kenji.watanabe@fernhill.example.com",
        "Maintainer of Lantern, Logship and Panorama; mentor on two more.",
    ),
    (
        "lea.dubois@fernhill.example.com",
        "Newcomer in Customer Web, two weeks in, no projects yet.",
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
