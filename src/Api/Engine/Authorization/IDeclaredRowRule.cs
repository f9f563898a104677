using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>The row rule of every entity without an <see cref="IRowRule{T}"/> of its own, from what the
/// entity declares of itself (the features give exactly one).</summary>
public interface IDeclaredRowRule
{
    IQueryable<T> Visible<T>(IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class;
}
