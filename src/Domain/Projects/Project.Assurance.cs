using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Projects;

/// <summary>The office's supervision of delivery: its confidence rating of the project.</summary>
public sealed partial class Project
{
    public const int ResponsiblePersonMaxLength = 100;

    /// <summary>The named person who answers for the project (确定专人负责); null until the department names one.</summary>
    public string? ResponsiblePerson { get; private set; }

    /// <summary>The owning department names the person who answers for the project, at any time before it is closed.</summary>
    public void AssignResponsiblePerson(string name)
    {
        if (Status is ProjectStatus.Cancelled or ProjectStatus.Rejected or ProjectStatus.Evaluated)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"This project is {Status}: nobody is to answer for it any more.");
        Require(name, "name", "Name the person who answers for the project.");
        if (name.Trim().Length > ResponsiblePersonMaxLength)
            throw new RuleViolation(RuleViolation.Validation, $"Name the person in at most {ResponsiblePersonMaxLength} characters.", "name");
        ResponsiblePerson = name.Trim();
    }

    /// <summary>The office's latest delivery confidence rating; null until it first rates the project.</summary>
    public DeliveryConfidence? DeliveryConfidence { get; private set; }

    /// <summary>
    /// The office rates its confidence in the delivery of an approved project not yet closed, with a narrative that
    /// says why. The rating in force moves to <paramref name="rating"/> and the returned record keeps it in the history
    /// (the same rating again is a new judgement on a new day and is kept too). <paramref name="ratingsGiven"/> counts the
    /// project's ratings so far.
    /// </summary>
    public ConfidenceRating RateDeliveryConfidence(DeliveryConfidence rating, string narrative, string ratedBy, DateTimeOffset at, int ratingsGiven)
    {
        if (Status != ProjectStatus.Approved && !ProjectLifecycle.IsUnderWay(Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Delivery confidence is rated from approval until acceptance; this project is {Status}.");
        Require(narrative, "narrative", "Say why: what the office saw and what it expects.");
        if (narrative.Trim().Length > ConfidenceRating.NarrativeMaxLength)
            throw new RuleViolation(RuleViolation.Validation, $"Keep the narrative within {ConfidenceRating.NarrativeMaxLength} characters.", "narrative");
        var record = new ConfidenceRating
        {
            ProjectId = Id,
            Number = ratingsGiven + 1,
            Rating = rating,
            Previous = DeliveryConfidence,
            Narrative = narrative.Trim(),
            RatedAt = at,
            RatedBy = ratedBy,
        };
        DeliveryConfidence = rating;
        Raise(new DomainEvent(EventKind.DeliveryConfidenceRated, nameof(ConfidenceRating), record.Id, Id, DepartmentId: OwnerDepartmentId));
        return record;
    }
}
