//! Reading the outcome of a Zhibang command from its prose: MessageClass has no success flag and no
//! error code (reference §5.7, §6.4), only a sentence such as "合同编号已被使用，不能保存！".

/// What a command's message text says happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The text says it worked (成功) and nothing says otherwise.
    Succeeded,
    /// The text says it did not work.
    Failed,
    /// Neither: the caller should read the record back to be sure.
    Unconfirmed,
}

impl Outcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Failed => "failed",
            Outcome::Unconfirmed => "unconfirmed",
        }
    }
}

/// Phrases that mean a command was refused. A failure phrase wins over 成功 ("保存成功" never appears
/// with them in a real success, while "部分保存成功，其余失败" is a failure).
const FAILURE_PHRASES: &[&str] = &[
    "不能保存",
    "无法保存",
    "失败",
    "错误",
    "不能为空",
    "不能是空",
    "不存在",
    "已被使用",
    "已存在",
    "已被删除",
    "无效",
    "非法",
    "不允许",
    "不可以",
    "没有权限",
    "无权",
    "超出",
    "超过",
    "不正确",
    "异常",
    "未找到",
    "请选择",
    "请输入",
    "请填写",
];

pub fn classify(text: &str) -> Outcome {
    if FAILURE_PHRASES.iter().any(|phrase| text.contains(phrase)) {
        Outcome::Failed
    } else if text.contains("成功") {
        Outcome::Succeeded
    } else {
        Outcome::Unconfirmed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_texts_from_the_reference_and_the_sandbox() {
        for text in [
            "合同编号已被使用，不能保存！",
            "处理内容不能为空！",
            "指派人员不存在，保存失败！",
            "处理结果无效，不能保存！",
            "服务器异常: 【数据库连接失败】",
            "错误号0007，未找到服务器加密锁。",
        ] {
            assert_eq!(classify(text), Outcome::Failed, "{text}");
        }
    }

    #[test]
    fn success_and_unconfirmed() {
        assert_eq!(classify("保存成功！"), Outcome::Succeeded);
        assert_eq!(classify("您已成功退出系统。"), Outcome::Succeeded);
        assert_eq!(classify("ok"), Outcome::Unconfirmed);
        assert_eq!(classify(""), Outcome::Unconfirmed);
    }
}
