using InfoGov.Domain.Departments;

namespace InfoGov.Api.Departments;

/// <summary>Arguments of the <c>departments</c> list.</summary>
public sealed record DepartmentFilter(List<DepartmentKind>? Kinds, string? ParentCode, string? Search);
