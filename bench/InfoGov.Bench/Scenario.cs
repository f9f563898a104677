namespace InfoGov.Bench;

/// <summary>One kind of request the load generator repeats; <see cref="Body"/> makes the n-th request's JSON body.</summary>
public sealed record Scenario(string Name, Func<int, string> Body, bool Mutation = false);
