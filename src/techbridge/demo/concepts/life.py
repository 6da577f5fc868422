"""Concepts in life sciences: medicines, medical devices, digital health, traditional Chinese
medicine and industrial biotechnology."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "adc-linker",
        "biomedicine biotechnology",
        """
        Site-specific conjugation and stable linker platform for antibody-drug conjugates
        antibody-drug conjugates
        Antibody-drug conjugates made by random conjugation are heterogeneous, and unstable linkers release the toxic payload in the bloodstream, causing side effects.
        An enzymatic site-specific conjugation method attaches payloads at defined positions with a drug-to-antibody ratio of exactly 2 or 4, and a hydrophilic cleavable linker stays stable in plasma but releases the drug inside tumour cells.
        oncology drug developers; biotech companies with antibody pipelines; contract development and manufacturing organisations; academic drug discovery
        homogeneous conjugates with defined drug-to-antibody ratio; plasma stability above 95% after 7 days; wider therapeutic window in animal models; works with native antibodies without engineering
        antibody-drug conjugate; ADC; linker; site-specific conjugation; oncology
        """,
        """
        抗体偶联药物定点偶联与稳定连接子平台
        抗体偶联药物
        随机偶联制备的抗体偶联药物均一性差，不稳定的连接子在血液中提前释放毒素，引起副作用。
        酶促定点偶联方法在确定位置连接载药，药物抗体比精确为2或4；亲水可裂解连接子在血浆中稳定，进入肿瘤细胞后释放药物。
        肿瘤药物研发企业；拥有抗体管线的生物技术公司；药物研发生产外包机构；高校药物发现团队
        偶联产物均一、药物抗体比确定；7天血浆稳定性大于95%；动物模型中治疗窗更宽；无需改造即可用于天然抗体
        抗体偶联药物；ADC；连接子；定点偶联；肿瘤
        """,
    ),
    concept(
        "mrna-lnp",
        "biomedicine biotechnology animal-health",
        """
        Thermostable lipid nanoparticle formulation for mRNA vaccines and therapeutics
        mRNA delivery with lipid nanoparticles
        mRNA vaccines need deep-frozen storage and transport, which limits their use in regions without a reliable cold chain.
        Novel biodegradable ionisable lipids and a lyophilisation process with optimised sugar protectants give lipid nanoparticles that keep mRNA intact for months at 2-8 °C, with efficient delivery after intramuscular injection.
        vaccine developers; mRNA therapeutics companies; veterinary vaccines; public health programmes in tropical regions
        stable for 6 months at 2-8 °C; biodegradable lipids with good tolerability; scalable microfluidic production; delivery efficiency comparable to frozen formulations
        mRNA; lipid nanoparticle; vaccine; thermostability; drug delivery
        """,
        """
        用于mRNA疫苗和药物的耐热脂质纳米颗粒制剂技术
        mRNA递送脂质纳米颗粒
        mRNA疫苗需要超低温储存和运输，限制了其在缺乏可靠冷链地区的使用。
        新型可生物降解可电离脂质结合优化糖类保护剂的冻干工艺，使脂质纳米颗粒在2～8℃下数月保持mRNA完整，肌肉注射后递送效率高。
        疫苗研发企业；mRNA药物企业；兽用疫苗；热带地区公共卫生项目
        2～8℃稳定6个月；可生物降解脂质耐受性好；微流控可规模化生产；递送效率与冷冻制剂相当
        mRNA；脂质纳米颗粒；疫苗；热稳定性；药物递送
        """,
    ),
    concept(
        "antibiotic-resistance",
        "biomedicine animal-health biotechnology",
        """
        Phage-derived endolysins against multidrug-resistant bacteria
        new antibacterials against resistant infections
        Multidrug-resistant bacteria cause hundreds of thousands of deaths a year, and few new antibiotics are in development.
        Engineered bacteriophage endolysins with an outer-membrane-penetrating domain destroy the cell walls of resistant Gram-negative and Gram-positive bacteria within minutes and act synergistically with existing antibiotics.
        hospital-acquired infections; wound and burn care; veterinary mastitis treatment; food safety
        kills multidrug-resistant strains within minutes; low risk of resistance development; synergy with standard antibiotics; active in animal infection models
        antimicrobial resistance; endolysin; bacteriophage; antibacterial; infection
        """,
        """
        抗多重耐药菌的噬菌体裂解酶
        耐药菌感染新型抗菌药物
        多重耐药菌每年导致数十万人死亡，而在研新抗生素寥寥无几。
        经改造、带有外膜穿透结构域的噬菌体裂解酶可在数分钟内破坏耐药革兰氏阴性菌和阳性菌的细胞壁，并与现有抗生素协同增效。
        医院获得性感染；创面和烧伤护理；奶牛乳房炎治疗；食品安全
        数分钟杀灭多重耐药菌株；不易产生耐药性；与常用抗生素协同；动物感染模型中有效
        抗生素耐药；裂解酶；噬菌体；抗菌药物；感染
        """,
    ),
    concept(
        "poc-pcr",
        "medical-devices biotechnology digital-health",
        """
        Handheld rapid PCR device for point-of-care molecular diagnosis
        point-of-care molecular diagnostics
        Molecular tests for infections are accurate but run in central laboratories, so results come too late for decisions in clinics, pharmacies and rural health centres.
        A handheld device with a microfluidic cartridge extracts nucleic acids and runs ultrafast PCR with thermal cycling by infrared heating, delivering results in 15 minutes from a swab. Results are sent to the clinic's information system.
        primary care clinics; emergency departments; pharmacies; veterinary and food testing
        sample-to-result in 15 minutes; sensitivity equivalent to laboratory PCR; battery operated; multiplex panels for respiratory and sexually transmitted infections
        point-of-care testing; PCR; molecular diagnostics; microfluidics; rapid test
        """,
        """
        手持式快速PCR即时分子诊断设备
        即时分子诊断
        感染性疾病分子检测准确但需在中心实验室进行，诊所、药店和基层卫生院无法及时获得结果辅助诊疗。
        手持式设备配合微流控卡盒完成核酸提取，并利用红外加热实现超快速PCR扩增，15分钟内由拭子样本出结果，并上传至诊所信息系统。
        基层医疗机构；急诊科；药店；兽医和食品检测
        样本进结果出15分钟；灵敏度与实验室PCR相当；电池供电；呼吸道和性传播感染多重检测
        即时检测；PCR；分子诊断；微流控；快速检测
        """,
    ),
    concept(
        "portable-ultrasound-ai",
        "medical-devices ai digital-health",
        """
        Pocket ultrasound probe with AI guidance for non-specialist users
        AI-guided portable ultrasound
        Ultrasound could speed up diagnosis in general practice, emergencies and rural areas, but acquiring good images requires years of training.
        A pocket-sized probe connects to a smartphone; deep-learning models guide the user to the right probe position in real time and automatically measure key parameters such as ejection fraction, bladder volume or fetal biometry.
        general practitioners; emergency medicine; rural clinics and telemedicine; veterinary practice
        guidance enables novices to acquire diagnostic images after short training; automatic measurements in seconds; probe weight under 300 g; cloud sharing for remote review
        ultrasound; point-of-care ultrasound; deep learning; image guidance; portable medical device
        """,
        """
        面向非专科医生的AI引导掌上超声
        AI辅助掌上超声
        超声检查可加快全科、急诊和农村地区的诊断，但获取高质量图像需要多年培训。
        掌上超声探头连接智能手机，深度学习模型实时引导用户将探头放到正确位置，并自动测量射血分数、膀胱容量或胎儿生长参数等关键指标。
        全科医生；急诊医学；农村诊所与远程医疗；宠物医院
        经短期培训新手即可获取诊断级图像；数秒内自动测量；探头重量小于300克；云端共享便于远程会诊
        超声；床旁超声；深度学习；图像引导；便携式医疗设备
        """,
    ),
    concept(
        "bioresorbable-stent",
        "medical-devices new-materials metallurgy",
        """
        Bioresorbable magnesium alloy scaffold for coronary and peripheral arteries
        bioresorbable vascular scaffolds
        Permanent metal stents stay in the artery for life, can cause late complications and prevent later surgical options, while earlier polymer scaffolds were too thick.
        A high-purity magnesium-rare-earth alloy scaffold with thin struts and a drug-eluting polymer coating supports the artery for the healing period and then dissolves within about a year, restoring natural vessel motion.
        interventional cardiology; peripheral vascular interventions; paediatric interventions; medical device manufacturers
        strut thickness below 100 µm; radial strength comparable to metal stents for 3 months; resorption within 12 months; drug-eluting coating limits restenosis
        bioresorbable scaffold; magnesium alloy; stent; interventional cardiology; drug-eluting
        """,
        """
        冠脉及外周血管可降解镁合金支架
        可降解血管支架
        永久金属支架终身留存在血管内，可能引发晚期并发症并影响后续手术选择，而早期聚合物支架太厚。
        高纯镁稀土合金支架支撑杆纤细，表面有药物洗脱涂层，在血管愈合期间提供支撑，约一年内完全降解，恢复血管自然舒缩功能。
        心血管介入；外周血管介入；儿科介入；医疗器械制造企业
        支撑杆厚度小于100微米；3个月内径向支撑力与金属支架相当；12个月内降解吸收；药物涂层降低再狭窄
        可降解支架；镁合金；血管支架；心血管介入；药物洗脱
        """,
    ),
    concept(
        "remote-cardiac-monitoring",
        "digital-health medical-devices ai",
        """
        Patch-based remote cardiac monitoring with AI arrhythmia detection
        remote heart rhythm monitoring
        Atrial fibrillation is often silent and intermittent, so short hospital ECGs miss it, and 24-hour Holter recordings are inconvenient and analysed late.
        A waterproof single-lead ECG patch records for up to 14 days and uploads data through the patient's phone; an AI model classifies arrhythmias and a cardiology service reviews flagged events within hours.
        cardiology clinics; stroke prevention programmes; post-operative monitoring; health insurers and employers
        14-day continuous recording; AI detection of atrial fibrillation with sensitivity above 97%; waterproof and comfortable; reports integrated into hospital systems
        remote monitoring; ECG patch; atrial fibrillation; arrhythmia detection; wearable
        """,
        """
        基于贴片的AI心律失常远程心电监测
        远程心电监测
        房颤常为无症状、间歇性发作，医院短时心电图易漏诊，24小时动态心电图佩戴不便且分析滞后。
        防水单导联心电贴片可连续记录14天，通过患者手机上传数据；AI模型对心律失常分类，心内科服务团队在数小时内复核可疑事件。
        心内科门诊；卒中预防项目；术后监护；健康保险与企业健康管理
        连续记录14天；AI识别房颤灵敏度大于97%；防水舒适；报告对接医院信息系统
        远程监测；心电贴；房颤；心律失常检测；可穿戴
        """,
    ),
    concept(
        "medical-imaging-triage",
        "digital-health ai medical-devices",
        """
        AI triage of chest CT and X-ray studies for radiology departments
        AI radiology triage
        Radiology departments face growing workloads, and urgent findings such as pneumothorax or pulmonary embolism can wait hours in the reading queue.
        Deep-learning models analyse chest X-rays and CT scans as they arrive from the scanner, flag urgent findings, pre-fill structured reports with measurements of lung nodules and prioritise the radiologist's worklist.
        hospital radiology departments; teleradiology providers; screening programmes for lung cancer; emergency departments
        urgent cases read up to 80% faster; nodule detection sensitivity above 94%; integration with PACS and RIS; certified for clinical use in several markets
        medical imaging; artificial intelligence; radiology; triage; lung nodule
        """,
        """
        面向放射科的胸部CT与X光AI分诊
        医学影像AI辅助诊断
        放射科工作量持续增长，气胸、肺栓塞等急症征象可能在阅片队列中等待数小时。
        深度学习模型在影像从设备传出时即分析胸部X光和CT，标记急症征象，预填含肺结节测量值的结构化报告，并调整医生阅片优先级。
        医院放射科；远程影像诊断中心；肺癌筛查项目；急诊科
        急症病例阅片提速最多80%；肺结节检出灵敏度大于94%；对接PACS和RIS；已在多个市场获得临床使用认证
        医学影像；人工智能；放射科；智能分诊；肺结节
        """,
    ),
    concept(
        "chronic-disease-platform",
        "digital-health big-data next-gen-it",
        """
        Digital chronic disease management platform for diabetes and hypertension
        digital chronic care management
        Patients with diabetes and hypertension see their doctor a few times a year, and between visits poor adherence and uncontrolled values go unnoticed.
        Connected glucose meters and blood-pressure monitors send readings to a platform where rules and risk models alert care teams; patients receive personalised coaching messages, and doctors see trends before each visit.
        community health centres; hospitals' chronic disease clinics; health insurers; pharmaceutical patient-support programmes
        HbA1c reduced by 0.5-1.0 points in pilots; one nurse can follow several hundred patients; interoperable with HL7 FHIR; works in Chinese and English
        chronic disease management; diabetes; hypertension; remote patient monitoring; digital therapeutics
        """,
        """
        糖尿病与高血压数字化慢病管理平台
        慢病数字化管理
        糖尿病和高血压患者一年只就诊几次，两次就诊之间用药依从性差、指标失控往往无人察觉。
        联网血糖仪和血压计将数据上传至平台，规则和风险模型向医护团队预警；患者收到个性化指导信息，医生在复诊前即可查看指标趋势。
        社区卫生服务中心；医院慢病门诊；健康保险公司；药企患者关爱项目
        试点中糖化血红蛋白降低0.5～1.0；一名护士可管理数百名患者；支持HL7 FHIR互通；中英文界面
        慢病管理；糖尿病；高血压；远程患者监测；数字疗法
        """,
    ),
    concept(
        "tcm-quality-fingerprint",
        "traditional-chinese-medicine instruments biomedicine",
        """
        Chromatographic fingerprinting and quality control of herbal medicine extracts
        quality control of herbal medicines
        The quality of herbal raw materials varies with origin, harvest and processing, and adulteration is common, which blocks registration of herbal products in Europe and elsewhere.
        HPLC-MS fingerprints combined with chemometric models identify species, detect adulterants and quantify marker compounds; a reference database covers more than 300 commonly traded herbs.
        herbal medicine manufacturers; importers and distributors; regulatory and testing laboratories; food supplement makers
        species identification and adulteration detection in one run; database of more than 300 herbs; methods aligned with pharmacopoeia requirements; supports EU traditional herbal registration
        traditional Chinese medicine; fingerprint chromatography; quality control; herbal medicine; HPLC-MS
        """,
        """
        中药提取物色谱指纹图谱与质量控制技术
        中药质量控制
        中药材质量因产地、采收和炮制不同而差异很大，掺伪现象常见，阻碍了中药产品在欧洲等地注册。
        高效液相色谱-质谱指纹图谱结合化学计量学模型，可鉴别品种、检出掺伪并定量指标成分；参照数据库覆盖300余种常用药材。
        中药生产企业；药材进口与经销商；监管和检测机构；膳食补充剂企业
        一次检测完成品种鉴别和掺伪检测；300余种药材数据库；方法符合药典要求；支持欧盟传统草药注册
        中医药；指纹图谱；质量控制；中药材；液质联用
        """,
    ),
    concept(
        "tcm-granule-process",
        "traditional-chinese-medicine food advanced-manufacturing",
        """
        Standardised dispensing granules from herbal decoctions with low-temperature extraction
        herbal medicine granules manufacturing
        Decocting herbs at home is time-consuming and inconsistent, while industrial granules often lose volatile and heat-sensitive active compounds during extraction and drying.
        Low-temperature vacuum extraction, membrane concentration and spray-freeze drying preserve volatile oils and heat-sensitive components; granules are standardised against the traditional decoction's chemical profile.
        herbal granule manufacturers; hospitals' pharmacies; functional food producers; export-oriented herbal companies
        volatile oil retention above 80%; consistency with traditional decoction confirmed by fingerprinting; energy use 30% lower; automated production line
        traditional Chinese medicine; dispensing granules; extraction; spray drying; standardisation
        """,
        """
        低温提取的中药配方颗粒标准化生产技术
        中药配方颗粒
        家中煎煮中药费时且质量不稳定，工业化生产的颗粒剂在提取和干燥过程中易损失挥发性和热敏性有效成分。
        采用低温真空提取、膜浓缩和喷雾冷冻干燥工艺保留挥发油和热敏成分，颗粒以传统汤剂的化学特征为标准进行质量控制。
        配方颗粒生产企业；医院药房；功能食品企业；出口型中药企业
        挥发油保留率大于80%；指纹图谱证实与传统汤剂一致；能耗降低30%；自动化生产线
        中医药；配方颗粒；提取工艺；喷雾干燥；标准化
        """,
    ),
    concept(
        "tcm-ai-diagnosis",
        "traditional-chinese-medicine ai digital-health",
        """
        AI-assisted tongue and pulse analysis for traditional Chinese medicine practice
        AI-assisted TCM diagnosis
        Tongue and pulse diagnosis in traditional Chinese medicine depend on the practitioner's experience, making results hard to standardise, teach and document.
        A standardised-light tongue imaging device and a pressure-array pulse sensor capture objective data; models trained on expert-labelled cases suggest syndrome patterns and record them in a structured format for follow-up.
        TCM hospitals and clinics; health check-up centres; TCM education; wellness and health management
        standardised tongue images under controlled light; pulse waveform analysis with multi-point pressure sensors; agreement with senior practitioners above 85%; structured records for research
        traditional Chinese medicine; tongue diagnosis; pulse diagnosis; artificial intelligence; syndrome differentiation
        """,
        """
        人工智能辅助中医舌诊与脉诊技术
        中医智能诊断
        中医舌诊和脉诊依赖医生经验，结果难以标准化、传授和记录。
        标准光源舌象采集仪和压力阵列脉象传感器采集客观数据，基于专家标注病例训练的模型给出证型建议，并以结构化格式记录便于随访。
        中医医院和诊所；健康体检中心；中医教育；养生与健康管理
        标准光源下采集舌象；多点压力传感脉象波形分析；与资深医师判断一致率大于85%；结构化记录便于科研
        中医药；舌诊；脉诊；人工智能；辨证论治
        """,
    ),
    concept(
        "precision-fermentation-protein",
        "biotechnology food",
        """
        Precision fermentation of milk proteins with engineered yeast
        precision fermentation of food proteins
        Dairy production has a large environmental footprint, and plant-based alternatives do not reproduce the taste and functionality of milk proteins such as casein and whey.
        Engineered Pichia and Kluyveromyces strains secrete beta-lactoglobulin and casein at high titres; downstream processing with membrane filtration yields food-grade protein powders that behave like dairy proteins.
        dairy and alternative-protein companies; ice cream and cheese makers; sports nutrition; infant nutrition research
        titres above 10 g/L; protein functionality equivalent to bovine whey; 80% lower greenhouse-gas emissions; animal-free and lactose-free
        precision fermentation; synthetic biology; alternative protein; whey protein; yeast
        """,
        """
        工程酵母精准发酵生产乳蛋白技术
        精准发酵蛋白
        奶业生产环境足迹大，而植物基替代品无法复现酪蛋白和乳清蛋白等乳蛋白的口感和功能特性。
        工程化毕赤酵母和克鲁维酵母菌株高效分泌β-乳球蛋白和酪蛋白，经膜过滤等下游工艺获得功能特性与乳蛋白一致的食品级蛋白粉。
        乳企和替代蛋白企业；冰淇淋和奶酪生产企业；运动营养；婴幼儿营养研究
        发酵产量大于10g/L；功能特性等同牛乳清蛋白；温室气体排放减少80%；不含动物成分和乳糖
        精准发酵；合成生物学；替代蛋白；乳清蛋白；酵母
        """,
    ),
    concept(
        "enzyme-engineering",
        "biotechnology chemicals textiles",
        """
        Machine-learning-guided enzyme engineering for industrial biocatalysis
        engineered enzymes for industry
        Chemical processes for detergents, textiles and pharmaceuticals often need harsh conditions because natural enzymes are not stable or active enough at industrial temperatures and pH.
        A protein language model proposes variants, and a high-throughput microfluidic screen tests millions of them, producing enzymes with higher thermostability and activity in a few rounds. Strains for production are supplied.
        detergent makers; textile finishing; pharmaceutical biocatalysis; animal feed enzymes
        enzyme stability improved by 10-20 °C; development time cut from years to months; high-yield production strains; lower process temperatures and chemical use
        enzyme engineering; biocatalysis; directed evolution; protein design; machine learning
        """,
        """
        机器学习指导的工业生物催化酶改造技术
        工业酶定向改造
        洗涤剂、纺织和制药行业的化学工艺往往需要苛刻条件，因为天然酶在工业温度和pH下不够稳定、活性不足。
        蛋白质语言模型设计突变体，高通量微流控筛选平台测试数百万个变体，数轮迭代即可获得热稳定性和活性更高的酶，并提供生产菌株。
        洗涤剂企业；纺织后整理；制药生物催化；饲料用酶
        酶的耐热性提高10～20℃；开发周期由数年缩短至数月；高产生产菌株；降低工艺温度和化学品用量
        酶工程；生物催化；定向进化；蛋白质设计；机器学习
        """,
    ),
    concept(
        "biosurfactant",
        "biotechnology chemicals oil-gas",
        """
        Fermentation-based rhamnolipid biosurfactants from agricultural residues
        biosurfactants for industry
        Petrochemical surfactants in cleaning products, cosmetics and oilfield chemicals are poorly biodegradable and toxic to aquatic life.
        A non-pathogenic production strain ferments sugars from agricultural residues into rhamnolipids at high titre; foam-free fermentation and a simple precipitation recovery lower production cost.
        household and industrial cleaners; cosmetics and personal care; enhanced oil recovery; agricultural adjuvants
        fully biodegradable and low aquatic toxicity; titre above 50 g/L; made from agricultural residues; performs at low concentration
        biosurfactant; rhamnolipid; fermentation; green chemistry; biodegradable
        """,
        """
        以农业废弃物为原料发酵生产鼠李糖脂生物表面活性剂
        生物表面活性剂
        清洁剂、化妆品和油田化学品中的石化表面活性剂难以生物降解，对水生生物有毒性。
        非致病性生产菌株以农业废弃物中的糖为原料高效发酵生产鼠李糖脂，无泡发酵和简单沉淀回收工艺降低了生产成本。
        家用和工业清洁剂；化妆品和个人护理；三次采油；农药助剂
        完全生物降解、水生毒性低；发酵产量大于50g/L；以农业废弃物为原料；低浓度即可发挥作用
        生物表面活性剂；鼠李糖脂；发酵；绿色化学；可生物降解
        """,
    ),
    concept(
        "organoid-drug-screening",
        "biomedicine biotechnology ai",
        """
        Patient-derived tumour organoids for predicting response to cancer drugs
        organoid-based drug screening
        Many cancer patients receive drugs that do not work for their tumour, and animal models predict human responses poorly in drug development.
        Tumour organoids grown from biopsies in a defined matrix reproduce the patient's tumour within two weeks; automated imaging measures their response to a drug panel, and a model ranks treatment options.
        oncology hospitals; pharmaceutical drug discovery; contract research organisations; precision medicine laboratories
        organoids established from more than 80% of biopsies; results within 14 days; correlation with clinical response above 80% in retrospective studies; automated high-content imaging
        organoid; drug screening; precision oncology; cancer; high-content imaging
        """,
        """
        预测抗肿瘤药物疗效的患者来源肿瘤类器官技术
        类器官药物筛选
        许多癌症患者使用的药物对其肿瘤无效，而动物模型在药物研发中对人体反应的预测能力较差。
        以活检组织在特定基质中培养的肿瘤类器官两周内即可重现患者肿瘤特征，自动成像测量其对药物组合的反应，模型对治疗方案进行排序。
        肿瘤医院；药企药物发现；合同研究组织；精准医学实验室
        活检样本类器官建系成功率大于80%；14天内出结果；回顾性研究中与临床疗效符合率大于80%；自动化高内涵成像
        类器官；药物筛选；精准肿瘤学；癌症；高内涵成像
        """,
    ),
    concept(
        "surgical-robot-haptic",
        "medical-devices robotics",
        """
        Compact surgical robot with haptic feedback for minimally invasive procedures
        surgical robotics
        Robotic surgery systems are large and expensive, so many hospitals cannot afford them, and surgeons lack the sense of touch when operating through a robot.
        A modular bedside robot with slim instruments and force sensors at the tips transmits tissue forces to the surgeon's console; the arms are mounted on the operating table and can be moved between rooms.
        general and urological surgery; gynaecology; mid-sized hospitals; surgical training centres
        force feedback with 0.1 N resolution; footprint 60% smaller than conventional systems; set-up in under 15 minutes; instruments reusable for 20 procedures
        surgical robot; minimally invasive surgery; haptic feedback; force sensing; medical robotics
        """,
        """
        具有力反馈的紧凑型微创手术机器人
        手术机器人
        手术机器人系统体积大、价格高，许多医院难以负担，而且医生通过机器人操作时缺乏触觉。
        模块化床旁机器人采用纤细器械，器械末端力传感器将组织受力传递至医生控制台；机械臂安装在手术床上，可在不同手术室间转移。
        普外科和泌尿外科手术；妇科；中等规模医院；外科培训中心
        力反馈分辨率0.1牛；占地比传统系统小60%；15分钟内完成准备；器械可重复使用20次
        手术机器人；微创手术；力反馈；力传感；医疗机器人
        """,
    ),
    concept(
        "mental-health-app",
        "digital-health ai education-culture",
        """
        Digital cognitive behavioural therapy programme for anxiety and insomnia
        digital mental health
        Waiting lists for psychotherapy are long, and many people with anxiety or insomnia never receive evidence-based treatment.
        A smartphone programme delivers structured cognitive behavioural therapy modules with sleep diaries, exercises and a conversational coach, adapting content to progress; clinicians see dashboards and can step in when risk is flagged.
        health insurers and employers; hospitals and primary care; universities' student services; telemedicine providers
        efficacy shown in randomised controlled trials; available in Chinese and English; clinician dashboard with risk alerts; data stored according to medical data protection rules
        digital therapeutics; cognitive behavioural therapy; mental health; insomnia; mobile health
        """,
        """
        针对焦虑和失眠的数字化认知行为治疗方案
        数字心理健康
        心理治疗排队时间长，许多焦虑或失眠患者从未接受循证治疗。
        手机应用提供结构化认知行为治疗模块，包括睡眠日记、练习和对话式辅导，并根据进展调整内容；临床医生可查看数据看板，在系统提示风险时及时介入。
        健康保险和企业；医院和基层医疗；高校学生服务；互联网医疗平台
        随机对照试验证实疗效；中英文版本；医生看板附风险提醒；数据按医疗数据保护要求存储
        数字疗法；认知行为治疗；心理健康；失眠；移动医疗
        """,
    ),
    concept(
        "tcm-herb-cultivation",
        "traditional-chinese-medicine modern-agriculture biotechnology",
        """
        Standardised ecological cultivation and tissue-culture seedlings for medicinal herbs
        cultivation of medicinal herbs
        Wild harvesting of medicinal herbs is depleting natural stocks, while cultivated herbs vary in active-compound content and often carry pesticide residues.
        Virus-free seedlings from tissue culture, ecological planting under forest cover and a harvest-timing model based on active-compound accumulation give uniform, residue-free herbs traceable from seed to batch.
        herbal medicine manufacturers; herb-growing cooperatives; forestry land owners; exporters of herbal ingredients
        active-compound content 20-40% more consistent; no synthetic pesticides; traceability from seedling to batch; income for forest land without logging
        medicinal herbs; tissue culture; ecological cultivation; traceability; GAP
        """,
        """
        中药材组培种苗与生态种植标准化技术
        中药材生态种植
        野生采挖使中药材资源日益枯竭，而人工种植药材有效成分含量不稳定，常有农药残留。
        组培脱毒种苗、林下生态种植以及基于有效成分积累规律的采收期模型，使药材品质均一、无农残，从种苗到批次全程可追溯。
        中药生产企业；药材种植合作社；林地经营者；中药原料出口企业
        有效成分含量一致性提高20%～40%；不使用化学合成农药；种苗到批次全程追溯；林下经济增收且无需采伐
        中药材；组织培养；生态种植；溯源；中药材规范种植
        """,
    ),
    concept(
        "cell-free-protein",
        "biotechnology biomedicine education-culture",
        """
        Freeze-dried cell-free protein synthesis kits for rapid prototyping and diagnostics
        cell-free protein expression
        Producing a test protein in living cells takes days to weeks and needs cell-culture facilities, slowing enzyme, antibody and biosensor development.
        Freeze-dried extracts containing the cell's transcription and translation machinery produce proteins from added DNA within hours at room temperature; the same pellets form low-cost paper-based biosensors.
        enzyme and antibody developers; diagnostics companies; teaching laboratories; field testing of water and food
        protein in 2-4 hours from DNA; stable at room temperature for a year; yields up to 1 mg/mL; no cell culture or cold chain
        cell-free protein synthesis; synthetic biology; biosensor; rapid prototyping; freeze-dried
        """,
        """
        用于快速原型开发与诊断的冻干无细胞蛋白合成试剂盒
        无细胞蛋白表达
        在活细胞中表达一个测试蛋白需要数天到数周，还需细胞培养设施，拖慢了酶、抗体和生物传感器的研发。
        含有细胞转录和翻译系统的冻干提取物在室温下加入DNA后数小时即可合成蛋白；同样的冻干颗粒还可制成低成本纸基生物传感器。
        酶和抗体研发企业；诊断试剂企业；教学实验室；水质和食品现场检测
        2～4小时由DNA得到蛋白；室温稳定保存一年；产量最高1mg/mL；无需细胞培养和冷链
        无细胞蛋白合成；合成生物学；生物传感器；快速原型；冻干
        """,
    ),
)
