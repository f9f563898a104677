using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Mutations;

namespace InfoGov.Api.Projects;

public sealed class FileImplementationPlanInputGraphType : InputObjectGraphType<FileImplementationPlanInput>
{
    public FileImplementationPlanInputGraphType()
    {
        Name = "FileImplementationPlanInput";
        Description = "Files the implementation plan of an approved project; implementation starts.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("tasks").Description("Tasks to carry out.");
        Field<NonNullGraphType<StringGraphType>>("systemDesign").Description("Outline of the system design.");
        Field<StringGraphType>("equipmentSelection").Description("Equipment chosen.");
        Field<NonNullGraphType<StringGraphType>>("schedule").Description("Schedule of the work.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RecordTenderInputGraphType : InputObjectGraphType<RecordTenderInput>
{
    public RecordTenderInputGraphType()
    {
        Name = "RecordTenderInput";
        Description = "A procurement round of a project under way.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title of the procurement.");
        Field<NonNullGraphType<TenderMethodGraphType>>("method").Description("How suppliers are selected.");
        Field<NonNullGraphType<DateOnlyGraphType>>("publishedOn").Description("When the procurement was published.");
        Field<DateOnlyGraphType>("awardedOn").Description("When it was awarded, if it was.");
        Field<StringGraphType>("winningVendor").Description("The vendor awarded, if any.");
        Field<IntGraphType>("bidCount").Description("Number of bids received.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class SignContractInputGraphType : InputObjectGraphType<SignContractInput>
{
    public SignContractInputGraphType()
    {
        Name = "SignContractInput";
        Description = "A contract signed by the department leader, or by the information manager under a valid contract-signing delegation.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<IdGraphType>("tenderId").Description("Global id of the tender the contract comes from, if any.");
        Field<NonNullGraphType<StringGraphType>>("number").Description("Contract number, unique.");
        Field<NonNullGraphType<StringGraphType>>("vendor").Description("The vendor.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("Contract amount.");
        Field<NonNullGraphType<DateOnlyGraphType>>("signedOn").Description("When it was signed.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class SubmitProgressReportInputGraphType : InputObjectGraphType<SubmitProgressReportInput>
{
    public SubmitProgressReportInputGraphType()
    {
        Name = "SubmitProgressReportInput";
        Description = "The monthly progress report of a project under way: one per month.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<DateOnlyGraphType>>("month").Description("The month reported on, as its first day.");
        Field<NonNullGraphType<IntGraphType>>("progressPercent").Description("Progress in percent, 0-100.");
        Field<NonNullGraphType<MoneyInputGraphType>>("spendToDate").Description("Money spent so far.");
        Field<StringGraphType>("issues").Description("Issues met during the month.");
        Field<StringGraphType>("risks").Description("Risks foreseen.");
        Field<StringGraphType>("explanation").Description("Why progress went down, required when it did.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RequestChangeInputGraphType : InputObjectGraphType<RequestChangeInput>
{
    public RequestChangeInputGraphType()
    {
        Name = "RequestChangeInput";
        Description = "A request to change an approved project's scope, budget or dates; effective only when the office approves it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("What the request changes.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the change is needed; required.");
        Field<StringGraphType>("scope").Description("The new scope, if it changes.");
        Field<MoneyInputGraphType>("budget").Description("The new total budget, if it changes.");
        Field<DateOnlyGraphType>("startOn").Description("The new start date, if it changes.");
        Field<DateOnlyGraphType>("dueOn").Description("The new due date, if it changes.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class DecideChangeInputGraphType : InputObjectGraphType<DecideChangeInput>
{
    public DecideChangeInputGraphType()
    {
        Name = "DecideChangeInput";
        Description = "The office's decision on a change request.";
        Field<NonNullGraphType<IdGraphType>>("changeRequestId").Description("Global id of the change request.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The request's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True to approve (re-baselines the project), false to refuse (keeps the baseline).");
        Field<StringGraphType>("note").Description("The office's note.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RequestAcceptanceInputGraphType : InputObjectGraphType<RequestAcceptanceInput>
{
    public RequestAcceptanceInputGraphType()
    {
        Name = "RequestAcceptanceInput";
        Description = "A completed project to put up for acceptance.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("exceptionReason").ReadableBy(Readers.Office)
            .Description("Why the office puts up for acceptance a project whose latest progress report is under 100%; recorded in its decisions.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RecordAcceptanceInputGraphType : InputObjectGraphType<RecordAcceptanceInput>
{
    public RecordAcceptanceInputGraphType()
    {
        Name = "RecordAcceptanceInput";
        Description = "The acceptance of a project whose owner asked for it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When the acceptance was held.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("result").Description("The outcome; a failure sends the project back to implementation.");
        Field<StringGraphType>("conditions").Description("Conditions to meet, required for a pass with conditions.");
        Field<StringGraphType>("notes").Description("Notes of the acceptance.");
        Field<ListGraphType<NonNullGraphType<AcceptanceOpinionInputGraphType>>>("opinions").Description("Each expert's own opinion: at least three experts, none from the owning department or with a declared conflict with it.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class AcceptanceOpinionInputGraphType : InputObjectGraphType<AcceptanceOpinionInput>
{
    public AcceptanceOpinionInputGraphType()
    {
        Name = "AcceptanceOpinionInput";
        Description = "What one expert concluded at an acceptance.";
        Field<NonNullGraphType<StringGraphType>>("expertCode").Description("The expert's pool code.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("verdict").Description("The expert's own verdict.");
        Field<StringGraphType>("comment").Description("Why, in the expert's words.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RecordPostEvaluationInputGraphType : InputObjectGraphType<RecordPostEvaluationInput>
{
    public RecordPostEvaluationInputGraphType()
    {
        Name = "RecordPostEvaluationInput";
        Description = "The evaluation of an accepted system after stable operation.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("evaluatedOn").Description("When the evaluation was made.");
        Field<NonNullGraphType<IntGraphType>>("qualityScore").Description("Engineering quality score, 0-100.");
        Field<NonNullGraphType<OperatingStatusGraphType>>("operatingStatus").Description("How the system is running.");
        Field<NonNullGraphType<DecimalGraphType>>("returnOnInvestment").Description("Return on investment as a ratio: 0.15 is 15%.");
        Field<NonNullGraphType<EvaluationConclusionGraphType>>("conclusion").Description("What to do with the system.");
        Field<StringGraphType>("summary").Description("Summary of the evaluation.");
        this.ReadableBy(Access.Inherited);
    }
}
