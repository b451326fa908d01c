namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>Who reads a declaration's content: the cooperative's manager, or the office that reviews it.</summary>
public enum DeclarationAudience
{
    Manager,
    Office,
}
