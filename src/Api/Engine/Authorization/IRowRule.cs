using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// The rows of <typeparamref name="T"/> a caller sees, for an entity whose visibility is a rule of
/// its own. Put the implementation in the entity's feature folder; <see cref="RowVisibility"/> finds
/// it by type and applies it on every path.
/// </summary>
public interface IRowRule<T> where T : class
{
    IQueryable<T> Visible(IQueryable<T> rows, Caller caller, InfoGovDbContext db);
}
