namespace CoopPortal.Application.Registry.Import;

/// <summary>The Persian messages about the file as a whole and its quoting.</summary>
public static class ImportFileMessages
{
    public const string NotUtf8 = "فایل با کدگذاری UTF-8 ذخیره نشده است. در برنامه‌ی صفحه‌گسترده هنگام ذخیره «CSV UTF-8» را برگزینید.";
    public const string Empty = "فایل خالی است. سطر نخست باید سرستون‌ها باشد و هر سطر بعدی یک تعاونی.";
    public const string HeaderOnly = "فایل جز سطر سرستون‌ها ردیفی ندارد.";
    public const string BadQuoting = "نقل‌قول (\") در این ردیف درست بسته نشده است؛ متنی را که ویرگول دارد میان دو \" بگذارید و هر \" درون آن را دوبار بنویسید.";
}
