using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Operations;

/// <summary>
/// A system's emergency plan (应急预案): the scenarios it answers, approved on a date and in force for a year. It is
/// exercised by drills; a plan not drilled within a year of its approval or its last drill is due a drill, and one
/// past its review date is no longer in force until revised.
/// </summary>
public sealed class EmergencyPlan : VersionedEntity, IPartOfSystem, IKeepsHistory
{
    public const int TextMaxLength = 4000;
    /// <summary>How long an approved plan stays in force, and how often it is to be drilled.</summary>
    public const int CycleMonths = 12;

    public required Guid SystemId { get; init; }
    public string Title { get; private set; } = "";
    /// <summary>The failures and attacks it answers, and what is done in each.</summary>
    public string Scenarios { get; private set; } = "";
    public DateOnly ApprovedOn { get; private set; }
    /// <summary>A year after approval: the plan is to be reviewed and approved again by then.</summary>
    public DateOnly ReviewDueOn { get; private set; }
    public DateOnly? LastDrilledOn { get; private set; }

    /// <summary>In force on <paramref name="day"/>: approved by then and not past its review date.</summary>
    public bool IsInForce(DateOnly day) => ApprovedOn <= day && day <= ReviewDueOn;

    /// <summary>The day a drill is due by: a year after the last drill, or after approval if never drilled.</summary>
    public DateOnly DrillDueOn => (LastDrilledOn is { } last && last > ApprovedOn ? last : ApprovedOn).AddMonths(CycleMonths);

    public static EmergencyPlan Adopt(Guid systemId, string title, string scenarios, DateOnly approvedOn, DateOnly today)
    {
        var plan = new EmergencyPlan { SystemId = systemId };
        plan.Apply(title, scenarios, approvedOn, today);
        return plan;
    }

    /// <summary>A revised plan approved again: its year in force starts over.</summary>
    public void Revise(string title, string scenarios, DateOnly approvedOn, DateOnly today)
    {
        if (approvedOn < ApprovedOn)
            throw new RuleViolation(RuleViolation.Validation, $"A revision is approved on or after the plan in force ({ApprovedOn:yyyy-MM-dd}).", "approvedOn");
        Apply(title, scenarios, approvedOn, today);
    }

    /// <summary>
    /// A drill of this plan held on <paramref name="heldOn"/>: between approval and today. A failed drill needs its
    /// findings, which say what the plan or the system lacks.
    /// </summary>
    public EmergencyDrill Drill(DateOnly heldOn, string scenario, DrillOutcome outcome, int? recoveryMinutes, string? findings, DateOnly today)
    {
        if (heldOn > today) throw new RuleViolation(RuleViolation.Validation, "A drill is recorded once held.", "heldOn");
        if (heldOn < ApprovedOn) throw new RuleViolation(RuleViolation.Validation, $"A drill exercises the plan approved on {ApprovedOn:yyyy-MM-dd}: hold it after that.", "heldOn");
        if (recoveryMinutes is < 0 or > 100_000) throw new RuleViolation(RuleViolation.Validation, "Recovery takes 0 to 100,000 minutes.", "recoveryMinutes");
        var found = string.IsNullOrWhiteSpace(findings) ? null : Texts.Required(findings, "findings", "", TextMaxLength);
        if (outcome != DrillOutcome.Passed && found is null)
            throw new RuleViolation(RuleViolation.Validation, "Say what the drill found wanting.", "findings");
        var drill = new EmergencyDrill
        {
            PlanId = Id,
            SystemId = SystemId,
            HeldOn = heldOn,
            Scenario = Texts.Required(scenario, "scenario", "Say which scenario was drilled.", 500),
            Outcome = outcome,
            RecoveryMinutes = recoveryMinutes,
            Findings = found,
        };
        if (LastDrilledOn is null || heldOn > LastDrilledOn) LastDrilledOn = heldOn;
        return drill;
    }

    private void Apply(string title, string scenarios, DateOnly approvedOn, DateOnly today)
    {
        if (approvedOn > today) throw new RuleViolation(RuleViolation.Validation, "A plan is recorded once approved.", "approvedOn");
        Title = Texts.Required(title, "title", "Give the plan a title.", 200);
        Scenarios = Texts.Required(scenarios, "scenarios", "Say which failures and attacks the plan answers.", TextMaxLength);
        ApprovedOn = approvedOn;
        ReviewDueOn = approvedOn.AddMonths(CycleMonths);
    }
}
