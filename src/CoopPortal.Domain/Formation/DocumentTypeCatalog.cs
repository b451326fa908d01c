namespace CoopPortal.Domain.Formation;

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
