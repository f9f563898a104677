namespace InfoGov.Api.Engine.Authorization;

/// <summary>Readers admitted only on objects for which <see cref="Applies"/> holds.</summary>
public sealed record AccessCondition(string Description, Func<object, bool> Applies, Access Readers);
