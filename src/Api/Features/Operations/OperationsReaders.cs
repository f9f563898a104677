using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Operations;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class OperationsReaders
{
    /// <summary>Systems in operation, their incidents and backups: the office; the users of the department
    /// that owns a system and of the one that operates it (the information centre for shared platforms).
    /// The public and pool experts see nothing of it; row visibility keeps each department to its own systems.</summary>
    public static readonly Access Operations = Access.Roles(Roles.CommitteeOffice).InOwnDepartment([.. Roles.Government.Where(r => r != Roles.Expert)]);
    /// <summary>Who keeps the operations record: the office; the information manager and staff of the
    /// owning or operating department.</summary>
    public static readonly Access OperationsKeepers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.InformationManager, Roles.Staff);
}
