namespace CoopPortal.Domain.Inspection;

/// <summary>The inspector's opinion on the financial statements, in the audit terms (اظهارنظر حسابرسی).</summary>
public enum InspectorOpinion
{
    /// <summary>مقبول: the statements are fair in every material respect.</summary>
    Unqualified,

    /// <summary>مشروط: fair except for what the basis names.</summary>
    Qualified,

    /// <summary>مردود: not fair.</summary>
    Adverse,

    /// <summary>عدم اظهارنظر: the inspector could not form an opinion (records missing, scope limited).</summary>
    Disclaimer,
}
