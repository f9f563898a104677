using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Policy;

/// <summary>
/// The readers of DOMAIN.md section 7, named once and used by every declaration. Restricted data:
/// money below project totals, contracts and vendors, expert identities, officials' contact
/// details, unpublished assessment scores, conditional resources' items and access logs.
/// </summary>
public static class Readers
{
    /// <summary>Citizens and public portals: published project status, department names, open catalog entries.</summary>
    public static readonly Access Anyone = Access.Public;

    /// <summary>Internal, non-restricted information: any government user.</summary>
    public static readonly Access Government = Access.Government;

    /// <summary>Status and aggregates: government users and third-party dashboards.</summary>
    public static readonly Access GovernmentAndDashboards = Access.Government.And(Roles.Dashboard);

    /// <summary>Money below project totals, contracts and vendors: finance and the office everywhere; a
    /// department's information manager and leader for their own department.</summary>
    public static readonly Access MoneyAndContracts = Access.Roles(Roles.Finance, Roles.CommitteeOffice)
        .InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);

    /// <summary>All allocations of a fund: finance and the office.</summary>
    public static readonly Access FundManagers = Access.Roles(Roles.Finance, Roles.CommitteeOffice);

    /// <summary>The informatization office alone: review, decisions, supervision.</summary>
    public static readonly Access Office = Access.Roles(Roles.CommitteeOffice);

    /// <summary>Which panels an expert sits on: the office and pool experts.</summary>
    public static readonly Access ExpertIdentities = Access.Roles(Roles.CommitteeOffice, Roles.Expert);

    /// <summary>Who sits on a review panel and what they wrote: the office; pool experts, who see the seats
    /// and opinions of the panels they sit on only (row visibility); once the review is closed, every
    /// government user.</summary>
    public static readonly Access PanelComposition = ExpertIdentities
        .When<ReviewPanel>("the review is closed", p => p.IsClosed, Government);

    /// <summary>The experts' verdicts at an acceptance: the office and pool experts while it is open (so
    /// that no verdict is given in view of the others' for anyone else), every government user once the
    /// office concluded it.</summary>
    public static readonly Access AcceptanceVerdicts = ExpertIdentities
        .When<Acceptance>("the acceptance is concluded", a => !a.IsOpen, Government);

    /// <summary>What determines a panel (seed, category, candidates): the office alone while the review
    /// is open, so that nobody can replay the draw to learn the panel; once it is closed, every
    /// government user, so that the draw can be verified.</summary>
    public static readonly Access PanelDraw = Office
        .When<ReviewPanel>("the review is closed", p => p.IsClosed, Government);

    /// <summary>Officials' telephone and e-mail: the office and administrators; colleagues of the same department.</summary>
    public static readonly Access ContactDetails = Access.Roles(Roles.CommitteeOffice, Roles.Admin)
        .InOwnDepartment(Roles.Staff, Roles.InformationManager, Roles.DepartmentLeader, Roles.Finance, Roles.DataSteward, Roles.Expert);

    /// <summary>Who prepares, submits and cancels applications: the office everywhere; a department's
    /// information manager and leader for their own department.</summary>
    public static readonly Access ProjectApplicants = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);

    /// <summary>Pool experts, acting on the panels they sit on.</summary>
    public static readonly Access PanelExperts = Access.Roles(Roles.Expert);

    /// <summary>Who signs contracts: the owning department's leader, or its information manager under a
    /// contract-signing delegation (checked on the delegation).</summary>
    public static readonly Access ContractSigners = Access.Roles().InOwnDepartment(Roles.DepartmentLeader, Roles.InformationManager);

    /// <summary>Who keeps a department's responsibilities: its leader; the office and administrators everywhere.</summary>
    public static readonly Access ResponsibilityKeepers = Access.Roles(Roles.CommitteeOffice, Roles.Admin).InOwnDepartment(Roles.DepartmentLeader);

    /// <summary>Who asks other departments for data: a department's data steward, information manager and leader.</summary>
    public static readonly Access SharingRequesters = Access.Roles().InOwnDepartment(Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader);

    /// <summary>Who answers: the providing department's data steward and leader; the office for escalated requests.</summary>
    public static readonly Access SharingDeciders = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.DepartmentLeader);

    /// <summary>Who reads shared data for a department: its users and its exchange systems.</summary>
    public static readonly Access DataAccessors = Access.Roles().InOwnDepartment([.. Roles.Government, Roles.DataExchange]);

    /// <summary>Who keeps a department's catalog: its data steward and information manager; the office everywhere.</summary>
    public static readonly Access CatalogKeepers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.InformationManager);

    /// <summary>Who decides what the public portal shows of a project: the office; the owning department's
    /// leader, who answers for what the department publishes.</summary>
    public static readonly Access ProjectPublishers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DepartmentLeader);

    /// <summary>The owning department's leader.</summary>
    public static readonly Access OwningLeader = Access.Roles().InOwnDepartment(Roles.DepartmentLeader);

    /// <summary>The audit trail: the office and administrators.</summary>
    public static readonly Access Auditors = Access.Roles(Roles.CommitteeOffice, Roles.Admin);

    /// <summary>Who follows the change feed: government users, dashboards and exchange systems. Each
    /// change's object is read with the caller's own access.</summary>
    public static readonly Access Syncing = Access.Government.And(Roles.Dashboard, Roles.DataExchange);

    /// <summary>Systems in operation, their incidents and backups: the office; the users of the department
    /// that owns a system and of the one that operates it (the information centre for shared platforms).
    /// The public and pool experts see nothing of it; row visibility keeps each department to its own systems.</summary>
    public static readonly Access Operations = Access.Roles(Roles.CommitteeOffice).InOwnDepartment([.. Roles.Government.Where(r => r != Roles.Expert)]);

    /// <summary>Who keeps the operations record: the office; the information manager and staff of the
    /// owning or operating department.</summary>
    public static readonly Access OperationsKeepers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.InformationManager, Roles.Staff);

    /// <summary>Who registers webhooks and reads their delivery logs: administrators for anything; a
    /// department's data steward for the events of its own department (row visibility keeps each
    /// steward to the department's own webhooks).</summary>
    public static readonly Access WebhookKeepers = Access.Roles(Roles.Admin).InOwnDepartment(Roles.DataSteward);

    /// <summary>Webhook delivery logs: administrators, and data stewards for their own department's webhooks
    /// (the rows are confined to those by WebhookDeliveryRows).</summary>
    public static readonly Access WebhookLogReaders = Access.Roles(Roles.Admin, Roles.DataSteward);

    /// <summary>The API's administrators: they register the documents applications may run (trusted documents).</summary>
    public static readonly Access Administrators = Access.Roles(Roles.Admin);

    /// <summary>Data items (names and types) of catalog entries, on every path: government users, who need
    /// them to ask for a conditional entry, and exchange systems; each sees the items of the entries it
    /// sees (row visibility). The data itself is reached only under a grant.</summary>
    public static readonly Access CatalogItems = Access.Government.And(Roles.DataExchange);

    /// <summary>Assessment results: the office and the assessed department's leader; once published,
    /// government users and dashboards.</summary>
    public static readonly Access AssessmentResults = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.DepartmentLeader)
        .When<Assessment>("the assessment is published", a => a.IsPublished, GovernmentAndDashboards);

    /// <summary>Sharing grants: the office; the provider's or grantee's data steward, information manager,
    /// leader and exchange system.</summary>
    public static readonly Access SharingGrants = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader, Roles.DataExchange);

    /// <summary>Access logs: the office; the providing department's data steward and leader.</summary>
    public static readonly Access AccessLogs = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.DepartmentLeader);

    /// <summary>Write a department's plans and their items: its information manager.</summary>
    public static readonly Access PlanDrafters = Access.Roles().InOwnDepartment(Roles.InformationManager);

    /// <summary>Send an endorsed plan up to the office: the department's information manager or head.</summary>
    public static readonly Access PlanSubmitters = Access.Roles().InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);

    /// <summary>Say which plan item a project delivers: the office, or the project department's information manager.</summary>
    public static readonly Access PlanLinkers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.InformationManager);
}
