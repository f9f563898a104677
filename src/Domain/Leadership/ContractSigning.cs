using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>Who may sign a project's contract: the owning department's head; its information manager
/// only under a contract-signing delegation in force that covers the contract (its project and amount).</summary>
public static class ContractSigning
{
    /// <param name="official">The caller as an official of the owning department; null when it is none.</param>
    /// <param name="delegations">The official's delegations of the department's major-project decisions.</param>
    /// <returns>The delegation signed under; null when the head signs.</returns>
    public static Delegation? Authority(Official? official, IReadOnlyCollection<Delegation> delegations, Guid projectId, Money amount, DateOnly today)
    {
        if (official is null || !official.IsServing) throw new RuleViolation(RuleViolation.NotPermitted, "Only an official in post in the owning department signs its contracts.");
        if (official.IsHead) return null;
        var inForce = delegations.Where(d => d.DelegateId == official.Id && d.IsValidOn(today)).ToList();
        if (inForce.Count == 0)
            throw new RuleViolation(RuleViolation.NotPermitted, "The information manager signs only under a valid contract-signing delegation from the department leader.");
        return Delegation.ForContract(inForce, projectId, amount);
    }
}
