namespace InfoGov.Domain.Projects;

/// <summary>What one expert concluded at an acceptance, as the office records it.</summary>
public sealed record ExpertVerdict(Expert Expert, AcceptanceResult Verdict, string? Comment);
