using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class ProjectReaders
{
    /// <summary>Which panels an expert sits on: the office and pool experts.</summary>
    public static readonly Access ExpertIdentities = Access.Roles(Roles.CommitteeOffice, Roles.Expert);
    /// <summary>Who sits on a review panel and what they wrote: the office; pool experts, who see the seats
    /// and opinions of the panels they sit on only (row visibility); once the review is closed, every
    /// government user.</summary>
    public static readonly Access PanelComposition = ExpertIdentities
        .When<ReviewPanel>("the review is closed", p => p.IsClosed, Readers.Government);
    /// <summary>The experts' verdicts at an acceptance: the office and pool experts while it is open (so
    /// that no verdict is given in view of the others' for anyone else), every government user once the
    /// office concluded it.</summary>
    public static readonly Access AcceptanceVerdicts = ExpertIdentities
        .When<Acceptance>("the acceptance is concluded", a => !a.IsOpen, Readers.Government);
    /// <summary>What determines a panel (seed, category, candidates): the office alone while the review
    /// is open, so that nobody can replay the draw to learn the panel; once it is closed, every
    /// government user, so that the draw can be verified.</summary>
    public static readonly Access PanelDraw = Readers.Office
        .When<ReviewPanel>("the review is closed", p => p.IsClosed, Readers.Government);
    /// <summary>Who prepares, submits and cancels applications: the office everywhere; a department's
    /// information manager and leader for their own department.</summary>
    public static readonly Access ProjectApplicants = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);
    /// <summary>Pool experts, acting on the panels they sit on.</summary>
    /// <summary>Who keeps the expert pool: the office, and the platform administrators (reference data).</summary>
    public static readonly Access PoolKeepers = Access.Roles(Roles.CommitteeOffice, Roles.Admin);
    public static readonly Access PanelExperts = Access.Roles(Roles.Expert);
    /// <summary>The register of vendors (restricted: contracts and vendors): finance and the office, and the leaders and
    /// information managers of every department, who sign contracts with the firms in it.</summary>
    public static readonly Access VendorRegister = Access.Roles(Roles.Finance, Roles.CommitteeOffice, Roles.InformationManager, Roles.DepartmentLeader);
    /// <summary>Construction supervisors' reports: the office everywhere; the owning department's information manager,
    /// leader and staff.</summary>
    public static readonly Access SupervisionReaders = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader, Roles.Staff);
    /// <summary>Who signs contracts: the owning department's leader, or its information manager under a
    /// contract-signing delegation (checked on the delegation).</summary>
    public static readonly Access ContractSigners = Access.Roles().InOwnDepartment(Roles.DepartmentLeader, Roles.InformationManager);
    /// <summary>Who decides what the public portal shows of a project: the office; the owning department's
    /// leader, who answers for what the department publishes.</summary>
    public static readonly Access ProjectPublishers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DepartmentLeader);
}
