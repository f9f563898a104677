using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>One group of a portfolio roll-up: a department with its sub-units, a programme (or none), or a fund year.</summary>
public sealed record PortfolioGroup(Department? Department, Programme? Programme, int? FundYear, PortfolioRollUp RollUp);

/// <summary>How a portfolio is grouped.</summary>
public enum PortfolioGrouping
{
    Department,
    Programme,
    FundYear,
}
