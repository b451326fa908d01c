using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// How a kind of document is presented to applicants: Persian title, help text, order, and whether it is offered to
/// new uploads. The kinds themselves are fixed (<see cref="DocumentKind"/>): the formation rules
/// (<see cref="RequiredDocuments"/>) ask for them by kind, so an administrator can reword and reorder them but not
/// delete them, change their code, or retire one that a rule can require.
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

    /// <summary>True when a formation rule may require this kind; such a kind can never be retired.</summary>
    public bool IsRequiredByRules => DocumentTypeCatalog.IsRequiredByRules(Kind);

    public static string CannotRetire(string title) =>
        $"«{title}» را قواعد تشکیل در برخی درخواست‌ها لازم می‌دانند؛ نمی‌توان آن را غیرفعال کرد.";

    /// <summary>An administrator's change; the title and help text are normalized (ی/ک, spaces).</summary>
    public void Change(string title, string? description, int sortOrder, bool isActive)
    {
        var normalizedTitle = PersianText.Normalize(title);
        ReferenceDataRules.Guard(ReferenceDataRules.CheckTitle(normalizedTitle)
            .Concat(ReferenceDataRules.CheckDescription(description))
            .Concat(ReferenceDataRules.CheckSortOrder(sortOrder)));
        if (!isActive && IsRequiredByRules)
        {
            throw new DomainException(CannotRetire(Title));
        }

        Title = normalizedTitle;
        Description = PersianText.Normalize(description);
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}

/// <summary>One document kind as the pages show it.</summary>
public sealed record DocumentTypeInfo(DocumentKind Kind, string Title, string Description, int SortOrder, bool IsActive);

/// <summary>
/// The document kinds with their current titles and help texts (read from document_types), in display order. Falls back
/// to the built-in wording for a kind it does not hold, so rules and pages always have a title.
/// </summary>
public sealed class DocumentTypeCatalog
{
    private readonly Dictionary<DocumentKind, DocumentTypeInfo> _byKind;

    public DocumentTypeCatalog(IEnumerable<DocumentTypeInfo> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _byKind = types.ToDictionary(t => t.Kind);
        foreach (var builtIn in Defaults)
        {
            _byKind.TryAdd(builtIn.Kind, builtIn);
        }

        All = _byKind.Values.OrderBy(t => t.SortOrder).ThenBy(t => t.Kind).ToList();
    }

    /// <summary>The built-in wording, also the seed of document_types.</summary>
    public static IReadOnlyList<DocumentTypeInfo> Defaults { get; } =
    [
        new(DocumentKind.FoundersIdCards, DocumentKindText.Title(DocumentKind.FoundersIdCards), "تصویر روی کارت ملی هر سه عضو هیئت مؤسس، در یک فایل.", 1, true),
        new(DocumentKind.ProposalPlan, DocumentKindText.Title(DocumentKind.ProposalPlan), "طرح پیشنهادی یا توجیهی فعالیت تعاونی با برآورد سرمایه و اشتغال.", 2, true),
        new(DocumentKind.ActivityLicence, DocumentKindText.Title(DocumentKind.ActivityLicence), "برای گرایش‌هایی که فعالیتشان مجوز می‌خواهد (مانند کشاورزی، معدنی، اعتبار، مسکن، حمل و نقل).", 3, true),
        new(DocumentKind.ExpertValuation, DocumentKindText.Title(DocumentKind.ExpertValuation), "وقتی عضوی آورده غیرنقدی دارد، ارزش آن را کارشناس رسمی دادگستری تعیین می‌کند.", 4, true),
        new(DocumentKind.Other, DocumentKindText.Title(DocumentKind.Other), "هر مدرک دیگری که به بررسی درخواست کمک می‌کند (اختیاری).", 5, true),
    ];

    public static DocumentTypeCatalog Default { get; } = new(Defaults);

    public IReadOnlyList<DocumentTypeInfo> All { get; }

    /// <summary>The kinds a formation rule may require (all but «other»); they cannot be retired.</summary>
    public static bool IsRequiredByRules(DocumentKind kind) => kind != DocumentKind.Other;

    public string Title(DocumentKind kind) => _byKind[kind].Title;

    public string Description(DocumentKind kind) => _byKind[kind].Description;

    public bool IsActive(DocumentKind kind) => _byKind[kind].IsActive;

    public int SortOrder(DocumentKind kind) => _byKind[kind].SortOrder;
}
