
namespace InfoGov.Domain.Common;

/// <summary>The rule a required free-text field of a record follows: given, trimmed, within its length.</summary>
internal static class Texts
{
    public static string Required(string? value, string field, string message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new RuleViolation(RuleViolation.Validation, message, field);
        var text = value.Trim();
        return text.Length <= maxLength ? text : throw new RuleViolation(RuleViolation.Validation, $"Keep it within {maxLength} characters.", field);
    }
}
