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

/// <summary>One document kind as the pages show it.</summary>
public sealed record DocumentTypeInfo(DocumentKind Kind, string Title, string Description, int SortOrder, bool IsActive, bool RequiredOfAll = false);

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

        All = _byKind.Values.OrderBy(t => t.SortOrder).ThenBy(t => t.Kind.Code, StringComparer.Ordinal).ToList();
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

    /// <summary>The kinds a formation rule may require (the built-in ones but «other»); they cannot be retired.</summary>
    public static bool IsRequiredByRules(DocumentKind kind) => kind.IsBuiltIn && kind != DocumentKind.Other;

    /// <summary>False for a code no row holds (a request made up outside the page).</summary>
    public bool Contains(DocumentKind kind) => _byKind.ContainsKey(kind);

    public string Title(DocumentKind kind) => Find(kind).Title;

    public string Description(DocumentKind kind) => Find(kind).Description;

    public bool IsActive(DocumentKind kind) => Find(kind).IsActive;

    public int SortOrder(DocumentKind kind) => Find(kind).SortOrder;

    private DocumentTypeInfo Find(DocumentKind kind) =>
        _byKind.TryGetValue(kind, out var info) ? info : new DocumentTypeInfo(kind, DocumentKindText.Title(kind), string.Empty, int.MaxValue, false);
}
