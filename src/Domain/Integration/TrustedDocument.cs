using System.Security.Cryptography;
using System.Text;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// A GraphQL document an administrator registered for an application (a dashboard): its text and
/// the SHA-256 hash clients send instead of it. Where the policy is on, application callers run
/// registered documents only, so a leaked application credential cannot run arbitrary queries.
/// Registered documents never change: a new version of a query is a new document.
/// </summary>
public sealed class TrustedDocument : Entity
{
    public const int MaxTextLength = 20_000;
    public const int MaxNameLength = 200;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, as Apollo's persisted-query link sends it.</summary>
    public required string Hash { get; init; }
    public required string Name { get; init; }
    /// <summary>The application it is registered for: its client id (<c>azp</c>/<c>appid</c> claim).</summary>
    public required string OwnerApp { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A document as an administrator registers it; the text must already be a valid
    /// document for the schema (the API checks that, the domain cannot).</summary>
    public static TrustedDocument Register(string name, string ownerApp, string text, DateTimeOffset now, string registeredBy)
    {
        name = name.Trim();
        ownerApp = ownerApp.Trim();
        if (name.Length is 0 or > MaxNameLength)
            throw new RuleViolation(RuleViolation.Validation, $"A document has a name of 1 to {MaxNameLength} characters.", "name");
        if (ownerApp.Length is 0 or > MaxNameLength)
            throw new RuleViolation(RuleViolation.Validation, "Name the application (its client id) the document is for.", "ownerApp");
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
            throw new RuleViolation(RuleViolation.Validation, $"A document has 1 to {MaxTextLength:N0} characters.", "document");
        return new TrustedDocument { Hash = HashOf(text), Name = name, OwnerApp = ownerApp, Text = text, RegisteredAt = now, RegisteredBy = registeredBy };
    }
}
