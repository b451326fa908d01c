namespace CoopPortal.Domain.Formation;

/// <summary>The sections of the task list, in the order a person fills them.</summary>
public enum ApplicationSection
{
    Cooperative,
    Names,
    Members,
    FoundersBoard,
    Capital,
    Documents,
    Declaration,
}
