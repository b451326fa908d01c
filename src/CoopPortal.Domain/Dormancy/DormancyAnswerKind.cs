namespace CoopPortal.Domain.Dormancy;

/// <summary>What the managers answered to the notice. Stored by name.</summary>
public enum DormancyAnswerKind
{
    /// <summary>«در حال احیای تعاونی هستیم»: they will file what is overdue and hold the ordinary assembly.</summary>
    Reviving,

    /// <summary>«ادامه فعالیت نمی‌دهیم»: they refuse; the head may pursue dissolution at once.</summary>
    Refusing,
}
