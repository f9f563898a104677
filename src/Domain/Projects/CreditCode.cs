using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies a registered organisation:
/// 18 characters from digits and upper-case letters without I, O, S, V and Z, the last a check character over the
/// first 17 (weights 3^i mod 31).
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in canonical form (trimmed, upper case) when well formed with a right check character; else a violation.</summary>
    public static string Normalize(string? code, string field)
    {
        var value = (code ?? "").Trim().ToUpperInvariant();
        if (value.Length != 18 || value.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
            throw new RuleViolation(RuleViolation.Validation, "A unified social credit code has 18 characters: digits and capital letters other than I, O, S, V and Z.", field);
        if (value[17] != CheckCharacter(value[..17]))
            throw new RuleViolation(RuleViolation.Validation, $"'{value}' is not a valid unified social credit code: its check character should be '{CheckCharacter(value[..17])}'.", field);
        return value;
    }

    /// <summary>The check character of the first 17 characters of a code.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
