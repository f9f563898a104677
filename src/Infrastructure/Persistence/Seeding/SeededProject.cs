using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

/// <summary>What the budget and assessment steps of the seeder need to know about a seeded project.</summary>
internal sealed record SeededProject(Project Project, DateOnly? ApprovedOn, Money? OriginalBudget, Money SpendToDate, DateOnly? LastReportDay, string? Vendor);
