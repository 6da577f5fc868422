"""Demo imports (idempotent: keyed on the file name), run through the services as staff
would: a provincial technology market's list of requests, in Chinese, imported with its
valid rows only (the history shows it, its profiles are published), and the same partner's
second file, checked and waiting for confirmation with two rows in error.

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from techbridge.accounts.models import Organisation, User
from techbridge.core.spreadsheets import write_csv
from techbridge.exchange import services
from techbridge.exchange.importers import importer_for
from techbridge.exchange.importers.base import Context
from techbridge.exchange.models import ImportBatch

STAFF_EMAIL = "staff@techbridge.example"
APPLIED = "jiangsu-technology-market-2026.csv"
WAITING = "jiangsu-technology-market-2026-q4.csv"

# (title, summary, description, sector, partnership type) — technology requests as a
# provincial technology market lists them.
REQUESTS = (
    (
        "高镍三元正极材料量产工艺需求",
        "寻求高镍三元正极材料稳定量产的烧结与包覆工艺。",
        "企业现有年产五千吨正极材料产线，需要提高高镍材料的循环寿命和热稳定性，欢迎高校和研究机构合作开发包覆工艺。",
        "new-materials",
        "technical_cooperation",
    ),
    (
        "工业废水零排放处理技术需求",
        "寻求化工园区高盐废水零排放的膜浓缩与蒸发结晶技术。",
        "园区每日产生高盐废水三千吨，现有处理成本高，希望引进膜浓缩、蒸发结晶和分盐资源化的成套技术。",
        "water-treatment",
        "licence_in",
    ),
    (
        "智能巡检机器人视觉算法合作",
        "寻求变电站巡检机器人的缺陷识别视觉算法。",
        "公司已有巡检机器人硬件平台，需要基于深度学习的表计读数和设备缺陷识别算法，可联合研发或技术许可。",
        "robotics",
        "joint_rd",
    ),
    (
        "秸秆高值化利用技术需求",
        "寻求农作物秸秆制备生物基材料的技术。",
        "合作社年收集秸秆两万吨，希望引进秸秆制备可降解包装材料或生物炭的成熟技术，并共建示范线。",
        "modern-agriculture",
        "purchase",
    ),
    (
        "医用可降解镁合金支架技术引进",
        "寻求可降解镁合金血管支架的材料与加工技术。",
        "医疗器械企业计划开发可降解支架产品，需要镁合金成分设计、表面涂层和精密加工技术，接受技术转让或许可。",
        "medical-devices",
        "licence_in",
    ),
    (
        "光伏组件回收拆解技术需求",
        "寻求退役光伏组件的自动化拆解与材料回收技术。",
        "企业计划建设年处理一万吨退役光伏组件的回收线，需要玻璃、硅片和银的分离回收工艺。",
        "recycling",
        "technical_cooperation",
    ),
)
ORG_TYPES = ("company",)


def _rows(orgs: list[Organisation], broken: int, prefix: str, first_round: int) -> list[list[str]]:
    rows = []
    for i, (title, summary, description, sector, partnership) in enumerate(REQUESTS * 2):
        org = orgs[i % len(orgs)]
        trl = str(4 + i % 5)
        if i < broken:
            trl = "12"  # out of 1-9: the dry run reports it beside the cell
        round_no = first_round + i // len(REQUESTS)
        rows.append(
            [
                f"{prefix}-{i + 1:03d}",
                org.slug,
                "技术需求",
                f"{title}（{round_no}）",
                summary,
                description,
                sector,
                trl,
                "无",
                partnership,
                "公开",
            ]
        )
    return rows


def _file(staff: User, orgs: list[Organisation], prefix: str, first_round: int) -> bytes:
    importer = importer_for("profiles")
    ctx = Context(actor=staff, organisation=None, options={})
    keys = ["external_id", "organisation", "kind", "title", "summary", "description",
            "sectors", "trl", "ip_status", "partnership_types", "visibility"]  # fmt: skip
    assert set(keys) <= set(importer.columns(ctx))
    headers = [importer.header(k, "zh-hans") for k in keys]
    return write_csv(headers, _rows(orgs, 2, prefix, first_round))


def _upload(staff: User, name: str, content: bytes) -> ImportBatch:
    with translation.override("zh-hans"):
        batch = services.import_upload(
            actor=staff,
            kind="profiles",
            upload=SimpleUploadedFile(name, content),
            options={"status": "published"},
        )
        checked = services.import_check(batch.id)
    assert checked is not None
    return checked


def load(*, now: Any = None) -> dict[str, int]:
    staff = User.objects.filter(email=STAFF_EMAIL).first()
    orgs = list(Organisation.objects.filter(country="CN", type__in=ORG_TYPES).order_by("id")[:4])
    if staff is None or not orgs or ImportBatch.objects.filter(filename=APPLIED).exists():
        return {"imports": ImportBatch.objects.count()}
    first = _upload(staff, APPLIED, _file(staff, orgs, "JS", 1))
    services.import_confirm(actor=staff, batch=first, mode="valid")
    services.import_apply(first.id)
    _upload(staff, WAITING, _file(staff, orgs, "JS2", 3))
    return {"imports": ImportBatch.objects.count()}
