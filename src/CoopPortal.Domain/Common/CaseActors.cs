namespace CoopPortal.Domain.Common;

/// <summary>The actors a workflow table names besides roles.</summary>
public static class CaseActors
{
    /// <summary>Whoever filed the case: the applicant, or a manager of the cooperative for its declarations.</summary>
    public const string Owner = "Owner";

    /// <summary>Any member of the province office's staff: a reviewer or the head of office.</summary>
    public const string Office = "Office";

    /// <summary>The member of the office's staff assigned to the case (a general assembly's observer).</summary>
    public const string Assignee = "Assignee";
}
