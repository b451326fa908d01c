namespace CoopPortal.Domain.ReferenceData;

/// <summary>The reference lists domain.md names, with stable ids and codes. Seeded by migration.</summary>
public static class ReferenceCatalog
{
    public static IReadOnlyList<ActivityType> ActivityTypes { get; } =
    [
        new(1, "production", "تولیدی", 1),
        new(2, "distribution", "توزیعی", 2),
        new(3, "multi-purpose", "چندمنظوره", 3),
    ];

    public static IReadOnlyList<MembershipType> MembershipTypes { get; } =
    [
        new(1, "general", "عام", 1),
        new(2, "limited", "خاص", 2),
        new(3, "conventional", "متعارف", 3),
        new(4, "public-joint-stock", "سهامی عام", 4),
    ];

    /// <summary>
    /// The orientations; those whose activity needs a licence from a competent authority (agriculture: جهاد کشاورزی,
    /// mining: صمت, credit: the central bank, housing: راه و شهرسازی, transport: the road transport organisation) are marked.
    /// </summary>
    public static IReadOnlyList<Orientation> Orientations { get; } =
    [
        new(1, "agriculture", "کشاورزی", 1, requiresActivityLicence: true),
        new(2, "industrial", "صنعتی", 2),
        new(3, "mining", "معدنی", 3, requiresActivityLicence: true),
        new(4, "construction", "عمرانی", 4),
        new(5, "producers-supply", "تأمین نیاز تولیدکنندگان", 5),
        new(6, "consumers-supply", "تأمین نیاز مصرف‌کنندگان", 6),
        new(7, "service-guild-supply", "تأمین نیاز صنوف خدماتی", 7),
        new(8, "credit", "اعتبار", 8, requiresActivityLicence: true),
        new(9, "housing", "مسکن", 9, requiresActivityLicence: true),
        new(10, "transport", "حمل و نقل", 10, requiresActivityLicence: true),
        new(11, "hand-woven-carpet", "فرش دستباف", 11),
        new(12, "handicrafts", "صنایع دستی", 12),
        new(13, "village-administrations", "دهیاری‌ها", 13),
        new(14, "women", "زنان", 14),
        new(15, "border-residents", "مرزنشینان", 15),
        new(16, "knowledge-based", "دانش‌بنیان", 16),
        new(17, "national-inclusive", "فراگیر ملی", 17),
        new(18, "county-development", "توسعه و عمران شهرستانی", 18),
        new(19, "justice-shares", "سهام عدالت", 19),
    ];
}
