using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// How a kind of document is presented to applicants: Persian title, help text, order, and whether it is offered to
/// new uploads. The five built-in kinds are asked for by the formation rules (<see cref="RequiredDocuments"/>), so an
/// administrator can reword and reorder them but not delete them, change their code, or retire one that a rule can
/// require. An administrator can also add a kind (say, a clearance certificate), optional or required of every
/// application, and retire it later; kinds are never deleted, since uploaded files keep pointing at them.
/// </summary>
public sealed class DocumentType
{
    private DocumentType()
    {
    }

    public DocumentType(DocumentKind kind, string title, string description, int sortOrder)
    {
        Kind = kind;
        Title = title;
        Description = description;
        SortOrder = sortOrder;
    }

    public DocumentKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Help text shown under the title on the documents page (may be empty).</summary>
    public string Description { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>
    /// For a kind an administrator added: every application must carry it before it can be submitted (while the kind
    /// is active). Built-in kinds are required by the formation rules instead, so this stays false for them.
    /// </summary>
    public bool RequiredOfAll { get; private set; }

    /// <summary>True when a formation rule may require this kind; such a kind can never be retired.</summary>
    public bool IsRequiredByRules => DocumentTypeCatalog.IsRequiredByRules(Kind);

    public const string BuiltInCannotBeRequired = "مدارک پیش‌فرض سامانه را قواعد تشکیل لازم یا اختیاری می‌کنند؛ این گزینه فقط برای نوع‌هایی است که مدیر افزوده است.";

    /// <summary>A kind the administrator adds, with a generated code; the title and help text are normalized.</summary>
    public static DocumentType Create(string title, string? description, int sortOrder, bool requiredOfAll)
    {
        var type = new DocumentType(DocumentKind.NewCustom(), string.Empty, string.Empty, sortOrder);
        type.Change(title, description, sortOrder, isActive: true, requiredOfAll);
        return type;
    }

    public static string CannotRetire(string title) =>
        $"«{title}» را قواعد تشکیل در برخی درخواست‌ها لازم می‌دانند؛ نمی‌توان آن را غیرفعال کرد.";

    /// <summary>An administrator's change; the title and help text are normalized (ی/ک, spaces).</summary>
    public void Change(string title, string? description, int sortOrder, bool isActive, bool requiredOfAll = false)
    {
        var normalizedTitle = PersianText.Normalize(title);
        ReferenceDataRules.Guard(ReferenceDataRules.CheckTitle(normalizedTitle)
            .Concat(ReferenceDataRules.CheckDescription(description))
            .Concat(ReferenceDataRules.CheckSortOrder(sortOrder)));
        if (!isActive && IsRequiredByRules)
        {
            throw new DomainException(CannotRetire(Title));
        }

        if (requiredOfAll && Kind.IsBuiltIn)
        {
            throw new DomainException(BuiltInCannotBeRequired);
        }

        Title = normalizedTitle;
        Description = PersianText.Normalize(description);
        SortOrder = sortOrder;
        IsActive = isActive;
        RequiredOfAll = requiredOfAll;
    }
}
