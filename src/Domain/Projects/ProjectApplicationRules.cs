using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>What an application (a draft) must hold: checked when it is created or edited, each
/// refusal naming the input field at fault.</summary>
public static class ProjectApplicationRules
{
    public const int MaxNameLength = 200;
    public const int MaxScopeLength = 2000;

    public static void Check(string name, ProjectPlan plan)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new RuleViolation(RuleViolation.Validation, "A project needs a name.", "name");
        if (name.Length > MaxNameLength)
            throw new RuleViolation(RuleViolation.Validation, $"The name is {name.Length} characters long; at most {MaxNameLength} are allowed.", "name");
        if (string.IsNullOrWhiteSpace(plan.Scope))
            throw new RuleViolation(RuleViolation.Validation, "Describe the scope: what the project delivers.", "scope");
        if (plan.Scope.Length > MaxScopeLength)
            throw new RuleViolation(RuleViolation.Validation, $"The scope is {plan.Scope.Length} characters long; at most {MaxScopeLength} are allowed.", "scope");
        if (plan.Budget.Amount <= 0m)
            throw new RuleViolation(RuleViolation.Validation, "The budget must be more than zero.", "budget.amount");
        if (decimal.Round(plan.Budget.Amount, 2) != plan.Budget.Amount)
            throw new RuleViolation(RuleViolation.Validation, "The budget has at most two decimal places (fen).", "budget.amount");
        if (plan.Budget.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
            throw new RuleViolation(RuleViolation.Validation, "The currency is a three-letter ISO 4217 code such as CNY.", "budget.currency");
        if (plan.DueOn <= plan.StartOn)
            throw new RuleViolation(RuleViolation.Validation, "The due date must come after the start date.", "dueOn");
    }

    /// <summary>Only drafts and applications returned for revision can be edited.</summary>
    public static void EnsureEditable(Project project)
    {
        if (!project.IsEditable)
            throw new RuleViolation(RuleViolation.InvalidTransition,
                $"The project is {project.Status}; only drafts and applications returned for revision can be edited.");
    }
}
