namespace InfoGov.Domain.Planning;

/// <summary>Where a plan is on its way from the information manager's draft to the office's approval.</summary>
public enum PlanStatus
{
    /// <summary>Being written by the department's information manager.</summary>
    Draft,
    /// <summary>Approved by the department's head; ready to go up to the office.</summary>
    Endorsed,
    /// <summary>Submitted to the office, awaiting its decision.</summary>
    Submitted,
    /// <summary>Approved by the office: in force, and its items can be delivered by projects.</summary>
    Approved,
    /// <summary>Returned by the office with comments; revised and endorsed again before resubmission.</summary>
    Returned,
}
