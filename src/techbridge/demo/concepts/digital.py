"""Concepts in information technology: software, AI, chips, networks, data, security, quantum,
fintech and education."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "low-code-industrial",
        "next-gen-it advanced-manufacturing",
        """
        Low-code platform for building shop-floor applications without programmers
        low-code manufacturing software
        Small and medium-sized manufacturers run production on paper forms and spreadsheets because custom software projects are too slow and expensive for them.
        A visual low-code platform lets process engineers assemble data-entry, inspection and traceability apps from drag-and-drop components connected to PLCs and ERP systems. Apps run in a browser on tablets and industrial PCs, on-premises or in the cloud.
        discrete manufacturers; food and packaging plants; electronics assembly; contract manufacturers
        new shop-floor app in days instead of months; connectors for common PLCs and ERP systems; works offline on the shop floor; multilingual user interface including Chinese
        low-code; manufacturing execution; digital transformation; shop floor; software platform
        """,
        """
        面向车间应用的工业低代码开发平台
        工业低代码平台
        中小制造企业仍依靠纸质表单和电子表格管理生产，定制软件开发周期长、成本高，难以承受。
        可视化低代码平台使工艺工程师通过拖拽组件搭建数据采集、质检和追溯应用，并与PLC及ERP系统连接；应用在平板电脑和工控机浏览器上运行，支持本地和云端部署。
        离散制造企业；食品包装工厂；电子装配；代工企业
        数天即可上线车间应用；内置常见PLC和ERP接口；车间断网可离线运行；支持中英文多语言界面
        低代码；制造执行系统；数字化转型；车间管理；软件平台
        """,
    ),
    concept(
        "legacy-code-migration",
        "next-gen-it ai",
        """
        Automated migration of legacy COBOL and Fortran code to modern languages
        legacy software modernisation
        Banks, insurers and engineering firms depend on millions of lines of COBOL and Fortran that fewer and fewer developers can maintain.
        A compiler-based translator combined with a code language model converts legacy programs into readable Java or Python, generates unit tests from recorded production runs and flags sections that need human review.
        banks and insurers; public administrations; engineering simulation software; utilities
        more than 90% of code translated automatically; behaviour checked against recorded production data; readable output instead of transpiled code; migration time cut by two thirds
        code migration; COBOL; legacy modernisation; compiler; software engineering
        """,
        """
        遗留COBOL与Fortran代码自动迁移技术
        遗留系统代码迁移
        银行、保险和工程企业依赖数百万行COBOL和Fortran代码，而能够维护这些代码的开发人员越来越少。
        基于编译器的翻译工具结合代码大模型，将遗留程序转换为可读的Java或Python代码，依据生产运行记录自动生成单元测试，并标注需要人工复核的部分。
        银行和保险公司；政府部门信息系统；工程仿真软件；公用事业企业
        90%以上代码自动转换；以生产数据验证行为一致；输出代码可读性好；迁移周期缩短三分之二
        代码迁移；COBOL；遗留系统改造；编译器；软件工程
        """,
    ),
    concept(
        "edge-os-rtos",
        "next-gen-it iot integrated-circuits",
        """
        Safety-certifiable real-time operating system for multicore embedded controllers
        real-time operating system for embedded controllers
        Automotive, rail and industrial controllers move to multicore chips, but most real-time operating systems were built for single cores and are hard to certify.
        A microkernel real-time operating system partitions cores and memory between applications of different safety levels and guarantees worst-case response times. It ships with a certification kit and runs on ARM and RISC-V processors.
        automotive electronic control units; rail signalling; industrial PLCs; medical devices
        deterministic response below 5 µs; spatial and temporal partitioning; certification kit for IEC 61508 and ISO 26262; supports ARM and RISC-V
        real-time operating system; RTOS; embedded software; functional safety; RISC-V; multicore
        """,
        """
        面向多核嵌入式控制器的可功能安全认证实时操作系统
        嵌入式实时操作系统
        汽车、轨道交通和工业控制器正转向多核芯片，而多数实时操作系统为单核设计，难以通过功能安全认证。
        微内核实时操作系统在不同安全等级的应用之间划分处理器核和内存，保证最坏情况响应时间；提供认证资料包，支持ARM和RISC-V处理器。
        汽车电子控制单元；轨道交通信号；工业PLC；医疗设备
        确定性响应时间小于5微秒；时间与空间隔离；提供IEC 61508和ISO 26262认证资料；支持ARM和RISC-V
        实时操作系统；嵌入式软件；功能安全；RISC-V；多核；国产操作系统
        """,
    ),
    concept(
        "visual-inspection-ai",
        "ai advanced-manufacturing instruments",
        """
        Few-shot deep-learning visual inspection for surface defects on production lines
        AI visual defect inspection
        Manual inspection of surfaces misses small defects and varies between shifts, while conventional machine vision needs thousands of defect images that new product lines do not have.
        An anomaly-detection model learns from as few as 50 good parts and flags scratches, dents, stains and missing features. It runs on an edge box beside the line, and operators label edge cases to improve it continuously.
        metal and plastic part makers; electronics and PCB assembly; textiles and films; battery cell production
        training with fewer than 50 good samples; detection rate above 99.5%; inference under 30 ms per image; operator feedback loop
        machine vision; defect detection; deep learning; quality inspection; anomaly detection
        """,
        """
        基于小样本深度学习的产线表面缺陷视觉检测技术
        AI视觉缺陷检测
        人工目检容易漏检细小缺陷且受班次影响，而传统机器视觉需要数千张缺陷图片，新产线往往无法提供。
        异常检测模型只需约50个良品样本即可训练，能识别划痕、凹坑、污渍和漏装等缺陷；部署在产线旁的边缘计算盒上，操作工对疑难样本标注后模型可持续优化。
        金属及塑料零件制造；电子与PCB组装；纺织品和薄膜；电池电芯生产
        少于50个良品样本即可训练；检出率大于99.5%；单张图片推理小于30毫秒；支持人工反馈闭环
        机器视觉；缺陷检测；深度学习；质量检测；异常检测
        """,
    ),
    concept(
        "llm-document-assistant",
        "ai next-gen-it",
        """
        On-premises large language model assistant for technical and regulatory documents
        private large language model for enterprise documents
        Engineers and compliance officers spend hours searching manuals, standards and contracts, but cannot upload confidential documents to public chatbot services.
        A retrieval-augmented language model runs entirely on the customer's servers, indexes documents in several languages and answers questions with citations to the exact source paragraph. Access rights from the document system are respected.
        manufacturers with large documentation; pharmaceutical regulatory affairs; law firms; public administrations
        runs on a single GPU server; answers cite their sources; Chinese, English and German documents; no data leaves the company
        large language model; retrieval-augmented generation; knowledge management; enterprise search; natural language processing
        """,
        """
        可私有化部署的技术与法规文档大模型问答助手
        企业私有化大模型知识库
        工程师和合规人员花费大量时间查阅手册、标准和合同，但保密文件不能上传到公共对话服务。
        检索增强大语言模型完全部署在客户服务器上，可索引多语言文档，回答问题时给出原文段落出处，并继承文档系统的访问权限。
        拥有大量技术文档的制造企业；药品注册部门；律师事务所；政府机关
        单台GPU服务器即可运行；回答附带出处；支持中文、英文和德文文档；数据不出企业
        大语言模型；检索增强生成；知识管理；企业搜索；自然语言处理
        """,
    ),
    concept(
        "demand-forecasting",
        "ai big-data food",
        """
        Machine-learning demand forecasting for fresh food retail and distribution
        AI demand forecasting for retail
        Supermarkets and distributors throw away large quantities of fresh food because orders are based on experience, while stock-outs of popular items lose sales.
        Gradient-boosted models combine sales history, weather, promotions, holidays and local events to forecast demand per store and item every day, and an optimiser turns forecasts into orders respecting shelf life and delivery schedules.
        supermarket chains; fresh food distributors; bakeries and dairies; catering
        forecast error 20-30% lower than manual ordering; food waste reduced by up to 35%; daily forecasts per store and item; integration with common ERP systems
        demand forecasting; machine learning; retail; food waste; supply chain
        """,
        """
        面向生鲜零售与配送的机器学习需求预测技术
        零售需求智能预测
        超市和配送企业依靠经验订货，大量生鲜食品过期报废，而畅销品又经常缺货。
        梯度提升模型综合销售历史、天气、促销、节假日和本地活动，逐日预测各门店各单品的需求；优化算法结合保质期和配送计划将预测转化为订货建议。
        连锁超市；生鲜配送企业；烘焙和乳品企业；团餐企业
        预测误差比人工订货降低20%～30%；生鲜损耗减少最多35%；按门店按单品每日预测；可对接常用ERP系统
        需求预测；机器学习；新零售；食品损耗；供应链
        """,
    ),
    concept(
        "sic-mosfet",
        "integrated-circuits new-energy-vehicles smart-grid",
        """
        1200 V silicon carbide MOSFET with trench gate and improved gate-oxide reliability
        silicon carbide power devices
        Electric-vehicle inverters, chargers and solar converters need power switches with lower losses than silicon IGBTs, but silicon carbide MOSFETs still suffer from threshold drift and gate-oxide failures.
        A trench-gate cell design with a nitrided gate oxide and a shielding implant lowers specific on-resistance and stabilises the threshold voltage. The process runs on 150 mm and 200 mm silicon carbide lines.
        electric-vehicle traction inverters; on-board chargers; photovoltaic inverters; industrial drives
        specific on-resistance below 2.5 mΩ·cm²; threshold drift below 0.2 V after 1,000 h high-temperature gate bias; compatible with 200 mm wafers; short-circuit withstand above 3 µs
        silicon carbide; SiC MOSFET; power semiconductor; trench gate; wide bandgap
        """,
        """
        1200V沟槽栅碳化硅MOSFET及栅氧可靠性提升技术
        碳化硅功率器件
        电动汽车逆变器、充电机和光伏变流器需要比硅IGBT损耗更低的功率开关，但碳化硅MOSFET仍存在阈值漂移和栅氧失效问题。
        采用沟槽栅元胞结构、氮化栅氧和屏蔽注入工艺，降低比导通电阻并稳定阈值电压；工艺适用于150毫米和200毫米碳化硅产线。
        电动汽车主驱逆变器；车载充电机；光伏逆变器；工业变频器
        比导通电阻小于2.5mΩ·cm²；高温栅偏1000小时阈值漂移小于0.2V；兼容200毫米晶圆；短路耐受时间大于3微秒
        碳化硅；SiC MOSFET；功率半导体；沟槽栅；宽禁带
        """,
    ),
    concept(
        "chiplet-packaging",
        "integrated-circuits advanced-manufacturing",
        """
        Hybrid bonding process for chiplet integration at sub-10 µm pitch
        advanced packaging for chiplets
        Large monolithic chips are expensive and yield poorly at advanced nodes, and solder microbumps cannot reach the interconnect density chiplet designs need.
        A copper-oxide hybrid bonding process with plasma activation and low-temperature annealing joins dies to wafers at pitches below 10 µm. An in-line metrology step checks bonding voids before annealing.
        high-performance computing chips; AI accelerators; image sensors; memory stacking
        interconnect pitch below 10 µm; annealing at 250 °C; void rate below 0.1%; compatible with standard 300 mm tools
        hybrid bonding; chiplet; advanced packaging; 3D integration; semiconductor
        """,
        """
        10微米以下间距芯粒混合键合封装工艺
        芯粒先进封装
        先进工艺节点下大尺寸单片芯片成本高、良率低，而焊料微凸点难以达到芯粒设计所需的互连密度。
        采用等离子体活化和低温退火的铜-氧化物混合键合工艺，实现10微米以下间距的芯片-晶圆键合；退火前在线量测检查键合空洞。
        高性能计算芯片；AI加速芯片；图像传感器；存储堆叠
        互连间距小于10微米；退火温度250℃；空洞率低于0.1%；兼容标准300毫米设备
        混合键合；芯粒；先进封装；三维集成；半导体
        """,
    ),
    concept(
        "mems-microphone-asic",
        "integrated-circuits instruments iot",
        """
        Ultra-low-power analogue front-end ASIC for MEMS sensors
        low-power sensor interface chips
        Battery-powered wearables and IoT nodes need always-on sensing, but the interface electronics of MEMS microphones and inertial sensors consume most of the power budget.
        A mixed-signal ASIC with a continuous-time sigma-delta converter and event-driven wake-up logic reads capacitive MEMS sensors at microwatt power, waking the main processor only when relevant activity is detected.
        wearables and hearables; smart home sensors; industrial condition monitoring; hearing aids
        current consumption below 20 µA in always-on mode; 100 dB dynamic range; on-chip voice and vibration activity detection; 1.5 × 1.5 mm package
        ASIC; analogue front end; MEMS; low power; sigma-delta converter
        """,
        """
        面向MEMS传感器的超低功耗模拟前端芯片
        低功耗传感器接口芯片
        电池供电的可穿戴设备和物联网节点需要常开感知，而MEMS麦克风和惯性传感器的接口电路占用了大部分功耗。
        采用连续时间Σ-Δ转换器和事件驱动唤醒逻辑的数模混合芯片，以微瓦级功耗读出电容式MEMS传感器，仅在检测到有效信号时唤醒主处理器。
        可穿戴设备与耳机；智能家居传感器；工业状态监测；助听器
        常开模式电流小于20微安；动态范围100dB；片上语音与振动活动检测；封装尺寸1.5×1.5毫米
        专用芯片；模拟前端；MEMS；低功耗；Σ-Δ转换器
        """,
    ),
    concept(
        "private-5g",
        "communications iot advanced-manufacturing",
        """
        Private 5G network in a box for factories, ports and mines
        private 5G networks for industry
        Wi-Fi cannot guarantee the latency and reliability needed by mobile robots, cranes and remote-controlled machines, while public 5G networks do not cover industrial sites well.
        A compact 5G standalone core and radio units run on a single server and are configured through a web interface. Network slicing reserves capacity for time-critical control traffic, and the system integrates with industrial Ethernet.
        smart factories; container ports; underground mines; logistics centres
        end-to-end latency below 10 ms; set-up in one day; network slicing for control traffic; local data stays on site
        private 5G; standalone core; industrial wireless; network slicing; edge computing
        """,
        """
        面向工厂、港口和矿山的一体化5G专网
        工业5G专网
        Wi-Fi无法保证移动机器人、起重机和远程操控设备所需的时延和可靠性，而公网5G对工业场所覆盖不足。
        紧凑型5G独立组网核心网和射频单元运行在单台服务器上，通过网页界面配置；网络切片为实时控制业务预留带宽，并可与工业以太网对接。
        智能工厂；集装箱码头；井下矿山；物流中心
        端到端时延小于10毫秒；一天内完成部署；控制业务网络切片；数据不出园区
        5G专网；独立组网；工业无线；网络切片；边缘计算
        """,
    ),
    concept(
        "fso-link",
        "communications photonics aerospace",
        """
        Free-space optical communication terminal with adaptive beam tracking
        free-space optical links
        Laying fibre to remote sites, islands or temporary events is slow and costly, and microwave links are limited in bandwidth and spectrum licences.
        A free-space optical terminal sends 10 Gbit/s over several kilometres through the air using a fast steering mirror and a tracking camera that compensate for building sway and turbulence. A radio backup link keeps the connection in fog.
        mobile network backhaul; campus and building links; disaster recovery; drone and satellite communication
        10 Gbit/s over up to 5 km; no spectrum licence needed; installation in hours; automatic fallback to radio in fog
        free-space optics; optical communication; laser link; beam tracking; backhaul
        """,
        """
        具有自适应光束跟踪的自由空间光通信终端
        自由空间激光通信
        向偏远地区、海岛或临时活动现场敷设光纤周期长、成本高，微波链路则受带宽和频率许可限制。
        自由空间光通信终端利用快速反射镜和跟踪相机补偿楼宇晃动和大气湍流，实现数公里距离10Gbit/s无线传输；大雾天气自动切换至射频备份链路。
        移动网络回传；园区楼宇互联；应急通信；无人机与卫星通信
        5公里距离传输10Gbit/s；无需频率许可；数小时完成安装；大雾时自动切换射频备份
        自由空间光通信；激光通信；光束跟踪；无线回传；光通信
        """,
    ),
    concept(
        "ris-antenna",
        "communications new-materials",
        """
        Reconfigurable intelligent surface panels for indoor millimetre-wave coverage
        reconfigurable intelligent surfaces for 5G coverage
        Millimetre-wave 5G signals are blocked by walls and bodies, so covering large buildings requires many expensive small cells.
        Thin panels of programmable metasurface elements reflect and focus millimetre-wave beams around obstacles. A low-power controller steers the reflection according to user positions reported by the base station.
        airports and stations; factories and warehouses; stadiums; office towers
        coverage holes filled without additional base stations; power consumption below 5 W per panel; panels 5 mm thick; steering in microseconds
        reconfigurable intelligent surface; metasurface; millimetre wave; 5G coverage; antenna
        """,
        """
        面向室内毫米波覆盖的可重构智能超表面
        智能超表面5G覆盖
        毫米波5G信号容易被墙体和人体遮挡，覆盖大型建筑需要部署大量昂贵的小基站。
        可编程超表面单元构成的薄型面板将毫米波波束绕过障碍物反射和聚焦，低功耗控制器根据基站上报的用户位置调整反射方向。
        机场与车站；工厂和仓库；体育场馆；写字楼
        无需新增基站即可消除覆盖盲区；单面板功耗小于5瓦；面板厚度5毫米；微秒级波束调整
        智能超表面；超材料；毫米波；5G覆盖；天线
        """,
    ),
    concept(
        "data-lakehouse",
        "big-data next-gen-it",
        """
        Open-source-based lakehouse platform for industrial time-series and quality data
        industrial data platforms
        Manufacturers store sensor data, quality records and maintenance logs in separate systems, so engineers cannot analyse them together and data projects stall.
        A lakehouse built on open table formats ingests time-series, relational and document data, keeps lineage and versions, and offers SQL and notebook access. Pre-built connectors cover common historians and MES products.
        process industry; discrete manufacturing; utilities; semiconductor fabs
        one platform for time-series and business data; query speed 10 times faster than historian exports; open formats avoid vendor lock-in; role-based access control
        data lakehouse; time series; industrial data; data platform; analytics
        """,
        """
        基于开源组件的工业时序与质量数据湖仓平台
        工业大数据平台
        制造企业的传感器数据、质量记录和维修日志分散在不同系统中，工程师无法联合分析，数据项目推进困难。
        基于开放表格式构建的湖仓一体平台可接入时序、关系型和文档数据，保留数据血缘和版本，提供SQL和交互式分析接口，内置常见实时数据库和MES的连接器。
        流程工业；离散制造；公用事业；半导体工厂
        时序数据与业务数据统一平台；查询速度比导出历史数据快10倍；开放格式避免厂商锁定；基于角色的权限控制
        湖仓一体；时序数据；工业大数据；数据平台；数据分析
        """,
    ),
    concept(
        "privacy-computing",
        "big-data cybersecurity finance-tech",
        """
        Privacy-preserving computation for joint analytics without sharing raw data
        privacy-preserving data collaboration
        Hospitals, banks and manufacturers could gain from analysing data together, but privacy laws and commercial secrecy forbid them from sharing raw records.
        A platform combining secure multi-party computation, federated learning and differential privacy lets partners train models and compute statistics jointly while each keeps its data on its own servers.
        banks and insurers for risk control; hospitals for multi-centre studies; supply-chain partners; government data exchanges
        raw data never leaves each party; compliant with GDPR and China's Personal Information Protection Law; federated model accuracy within 1% of centralised training; audit trail of every computation
        privacy computing; federated learning; multi-party computation; data security; data sharing
        """,
        """
        数据不出域的隐私计算联合分析平台
        隐私计算
        医院、银行和制造企业联合分析数据可创造价值，但隐私法规和商业秘密限制了原始数据的共享。
        融合安全多方计算、联邦学习和差分隐私的平台，使各方在数据不离开本地服务器的前提下联合训练模型、计算统计指标。
        银行保险风控；医院多中心研究；供应链协同；政务数据共享
        原始数据不出域；符合GDPR和《个人信息保护法》；联邦模型精度与集中训练相差不超过1%；每次计算可审计
        隐私计算；联邦学习；多方安全计算；数据安全；数据要素
        """,
    ),
    concept(
        "graph-analytics-fraud",
        "big-data finance-tech ai",
        """
        Real-time graph analytics engine for detecting fraud rings in payments
        graph-based fraud detection
        Organised fraud rings spread activity over many accounts and devices, so rules that look at one transaction at a time miss them.
        A streaming graph engine links accounts, devices, addresses and merchants as transactions arrive and scores each payment with graph neural network features within milliseconds. Investigators explore suspicious clusters visually.
        banks and payment providers; e-commerce platforms; insurers; telecom operators
        scoring latency below 50 ms; detects 30% more fraud rings than rule engines; graphs of billions of edges; explainable alerts for investigators
        graph analytics; fraud detection; graph neural network; anti-money laundering; real-time risk control
        """,
        """
        支付欺诈团伙实时图分析引擎
        图计算反欺诈
        有组织的欺诈团伙将活动分散在大量账户和设备上，逐笔交易的规则引擎难以识别。
        流式图计算引擎在交易发生时实时关联账户、设备、地址和商户，利用图神经网络特征在毫秒级对每笔支付评分；调查人员可对可疑团伙进行可视化分析。
        银行和支付机构；电商平台；保险公司；电信运营商
        评分时延小于50毫秒；比规则引擎多识别30%的欺诈团伙；支持百亿级边的图；告警结果可解释
        图计算；反欺诈；图神经网络；反洗钱；实时风控
        """,
    ),
    concept(
        "lpwan-sensor-node",
        "iot instruments smart-city",
        """
        Energy-harvesting wireless sensor node with ten-year maintenance-free operation
        battery-free wireless sensor nodes
        Replacing batteries in thousands of wireless sensors across buildings, pipelines and farms costs more than the sensors themselves.
        A sensor node harvests energy from indoor light, vibration or temperature differences, stores it in a supercapacitor and transmits over LoRaWAN or NB-IoT. Adaptive duty cycling matches measurement rate to the harvested energy.
        building management; pipeline and asset monitoring; smart agriculture; cold chain
        maintenance-free for more than 10 years; runs on 200 lux indoor light; LoRaWAN and NB-IoT versions; temperature, humidity, vibration and pressure sensors
        energy harvesting; wireless sensor; LoRaWAN; NB-IoT; low power IoT
        """,
        """
        十年免维护能量采集无线传感节点
        免电池无线传感节点
        建筑、管道和农田中数以千计的无线传感器更换电池的费用甚至超过传感器本身。
        传感节点从室内光照、振动或温差中采集能量，储存在超级电容中，通过LoRaWAN或NB-IoT传输数据；自适应占空比根据采集能量调整测量频率。
        楼宇管理；管道与资产监测；智慧农业；冷链物流
        10年以上免维护；200勒克斯室内光照即可工作；提供LoRaWAN和NB-IoT版本；可测温湿度、振动和压力
        能量采集；无线传感器；LoRaWAN；NB-IoT；低功耗物联网
        """,
    ),
    concept(
        "uwb-indoor-positioning",
        "iot smart-city robotics",
        """
        Ultra-wideband indoor positioning system with centimetre accuracy for factories and hospitals
        indoor positioning
        Factories, warehouses and hospitals lose time searching for tools, carts, patients and staff, and GPS does not work indoors.
        Ultra-wideband anchors and tags measure time of flight and angle of arrival to locate people and assets to within 10 cm. A positioning engine fuses inertial data and supports geofencing and safety zones around machines.
        smart factories and warehouses; hospitals and elderly care; underground mines and tunnels; forklift collision avoidance
        accuracy better than 10 cm; tag battery life above 3 years; thousands of tags per site; open API for MES and WMS
        ultra-wideband; UWB; indoor positioning; real-time location system; asset tracking
        """,
        """
        面向工厂与医院的厘米级UWB室内定位系统
        室内高精度定位
        工厂、仓库和医院寻找工具、推车、病人和人员耗费大量时间，而GPS在室内无法使用。
        超宽带基站和标签通过飞行时间和到达角测量对人员和资产定位，精度达10厘米；定位引擎融合惯性数据，支持电子围栏和设备周边安全区域。
        智能工厂与仓储；医院与养老机构；井下矿山与隧道；叉车防碰撞
        定位精度优于10厘米；标签电池寿命3年以上；单场景支持数千标签；开放API对接MES和WMS
        超宽带；UWB；室内定位；实时定位系统；资产追踪
        """,
    ),
    concept(
        "digital-twin-platform",
        "iot advanced-manufacturing big-data",
        """
        Digital twin platform linking 3D plant models with live IoT data
        digital twins for plants and buildings
        Operators of plants and buildings have design models and live sensor data in separate worlds, so they cannot see at a glance where problems are or test changes before making them.
        The platform links BIM and CAD models with live IoT and control-system data, shows them in a web-based 3D view and runs physics-based and machine-learning models to predict behaviour and simulate what-if scenarios.
        chemical and process plants; airports and large buildings; water networks; factories
        web-based 3D visualisation without plug-ins; connectors to OPC UA, MQTT and BACnet; simulation of what-if scenarios; open data model
        digital twin; IoT platform; BIM; simulation; OPC UA
        """,
        """
        融合三维模型与实时物联网数据的数字孪生平台
        工厂与建筑数字孪生
        工厂和楼宇的设计模型与实时传感数据相互割裂，运营人员无法直观发现问题，也无法在实施改造前进行仿真验证。
        平台将BIM和CAD模型与实时物联网及控制系统数据关联，在网页三维场景中展示，并运行机理模型和机器学习模型预测运行状态、模拟各种情景。
        化工与流程工厂；机场及大型建筑；供水管网；制造工厂
        网页三维可视化无需插件；支持OPC UA、MQTT和BACnet接入；情景仿真推演；开放数据模型
        数字孪生；物联网平台；BIM；仿真；OPC UA
        """,
    ),
    concept(
        "supply-chain-traceability",
        "blockchain food big-data",
        """
        Blockchain traceability of food and agricultural products from farm to shelf
        blockchain supply-chain traceability
        Consumers and importers want proof of origin, organic status and cold-chain compliance, but paper certificates are easily forged and data is scattered across many companies.
        Each batch receives a digital identity at harvest; farms, processors, logistics providers and retailers record events on a permissioned blockchain, and IoT loggers add temperature data automatically. Consumers scan a QR code to see the history.
        food exporters and importers; agricultural cooperatives; cold-chain logistics; retailers
        tamper-evident records shared by all partners; automatic cold-chain data from IoT loggers; QR-code consumer view; interoperable with GS1 standards
        blockchain; traceability; food safety; supply chain; QR code
        """,
        """
        从农田到货架的农产品区块链溯源技术
        区块链产品溯源
        消费者和进口商希望获得产地、有机认证和冷链合规的证明，但纸质证书容易伪造，数据分散在多家企业手中。
        每一批次产品在采收时获得数字身份；农场、加工厂、物流商和零售商在联盟链上记录各环节事件，物联网记录仪自动上传温度数据；消费者扫描二维码即可查看全程信息。
        食品进出口企业；农业合作社；冷链物流；零售企业
        各方共享防篡改记录；物联网自动采集冷链数据；消费者扫码查询；兼容GS1标准
        区块链；溯源；食品安全；供应链；二维码
        """,
    ),
    concept(
        "trade-finance-ledger",
        "blockchain finance-tech",
        """
        Distributed-ledger platform for trade-finance documents and letters of credit
        digital trade finance
        Cross-border trade still relies on paper bills of lading and letters of credit that take days to check and are open to duplicate financing fraud.
        A permissioned distributed ledger shares electronic trade documents between exporters, banks, carriers and customs. Smart contracts release payment when agreed documents arrive, and a registry prevents the same invoice being financed twice.
        banks' trade-finance departments; exporters and importers; shipping lines and freight forwarders; customs and free-trade zones
        document checking from days to hours; prevents duplicate invoice financing; electronic bills of lading with legal validity; connects to SWIFT and bank systems
        distributed ledger; trade finance; letter of credit; smart contract; electronic bill of lading
        """,
        """
        面向贸易融资单据与信用证的分布式账本平台
        区块链贸易融资
        跨境贸易仍依赖纸质提单和信用证，审单耗时数天，且存在重复融资欺诈风险。
        联盟链在出口商、银行、承运人和海关之间共享电子贸易单据；智能合约在约定单据到达时自动释放付款，发票登记防止同一发票被重复融资。
        银行贸易融资部门；进出口企业；船公司与货代；海关及自贸区
        审单时间由数天缩短至数小时；防止发票重复融资；电子提单具备法律效力；可对接SWIFT和银行系统
        分布式账本；贸易融资；信用证；智能合约；电子提单
        """,
    ),
    concept(
        "digital-identity-credentials",
        "blockchain cybersecurity education-culture",
        """
        Self-sovereign digital credentials for diplomas, certificates and professional licences
        verifiable digital credentials
        Employers and universities spend weeks verifying diplomas and certificates from abroad, and forged documents are common.
        Issuers sign credentials as W3C verifiable credentials anchored on a public ledger; holders keep them in a mobile wallet and share only the attributes needed, and verifiers check authenticity in seconds without contacting the issuer.
        universities and training providers; employers and recruitment agencies; professional associations; immigration services
        verification in seconds; selective disclosure of attributes; open W3C standards; revocation without revealing personal data
        verifiable credentials; digital identity; self-sovereign identity; diploma verification; digital wallet
        """,
        """
        面向学历证书与职业资格的可验证数字凭证
        可验证数字凭证
        用人单位和高校核验境外学历与证书需要数周时间，伪造证件屡见不鲜。
        签发机构以W3C可验证凭证格式签发并在公共账本上存证；持有人将凭证保存在手机钱包中，仅出示必要信息；验证方无需联系签发机构即可在数秒内核验真伪。
        高校与培训机构；用人单位与猎头；行业协会；出入境管理服务
        数秒完成核验；支持选择性披露；采用W3C开放标准；吊销凭证不泄露个人信息
        可验证凭证；数字身份；分布式身份；学历认证；数字钱包
        """,
    ),
    concept(
        "ot-intrusion-detection",
        "cybersecurity advanced-manufacturing smart-grid",
        """
        Passive intrusion detection for industrial control networks
        industrial control system security
        Factories and utilities connect old control systems to IT networks, exposing PLCs and SCADA systems that were never designed with security in mind.
        A passive sensor on a mirror port learns normal industrial protocol traffic (Modbus, PROFINET, IEC 104, OPC UA) and alerts on new devices, unusual commands and known attack patterns, without touching the control network.
        power utilities; water utilities; chemical and pharmaceutical plants; automotive factories
        no impact on control traffic; deep inspection of more than 30 industrial protocols; asset inventory built automatically; alerts mapped to MITRE ATT&CK for ICS
        industrial control security; intrusion detection; OT security; SCADA; anomaly detection
        """,
        """
        工业控制网络被动式入侵检测技术
        工控安全入侵检测
        工厂和公用事业企业将老旧控制系统接入IT网络，使设计之初未考虑安全的PLC和SCADA系统暴露在攻击之下。
        被动式探针接入镜像端口，学习Modbus、PROFINET、IEC 104、OPC UA等工业协议的正常通信，对新设备接入、异常指令和已知攻击特征进行告警，不影响控制网络运行。
        电力企业；供水企业；化工与制药工厂；汽车工厂
        对控制流量零影响；深度解析30多种工业协议；自动生成资产清单；告警映射至ICS版ATT&CK框架
        工控安全；入侵检测；OT安全；SCADA；异常检测
        """,
    ),
    concept(
        "post-quantum-crypto",
        "cybersecurity quantum integrated-circuits",
        """
        Post-quantum cryptography library and hardware accelerator
        post-quantum cryptography
        Quantum computers will break the public-key cryptography that protects today's communications, and data intercepted now can be decrypted later.
        A constant-time software library implements the standardised lattice-based key-encapsulation and signature algorithms, and a compact hardware accelerator core brings them to smart cards, IoT devices and network equipment. Hybrid modes keep classical algorithms in parallel.
        banks and payment networks; telecom equipment; IoT and smart meters; government communications
        standardised lattice algorithms; side-channel-resistant implementation; accelerator core below 50k gates; hybrid classical and post-quantum modes
        post-quantum cryptography; lattice cryptography; encryption; hardware security; quantum-safe
        """,
        """
        抗量子密码算法库与硬件加速器
        后量子密码
        量子计算机将破解当前保护通信安全的公钥密码，今天被截获的数据未来可能被解密。
        恒定时间软件库实现了已标准化的格基密钥封装和数字签名算法，紧凑型硬件加速核可集成于智能卡、物联网设备和网络设备；混合模式可与传统算法并行使用。
        银行及支付网络；通信设备；物联网与智能电表；政务通信
        采用标准化格密码算法；抗侧信道攻击实现；加速核小于5万门；支持传统与抗量子混合模式
        后量子密码；抗量子密码；格密码；加密；硬件安全
        """,
    ),
    concept(
        "phishing-detection",
        "cybersecurity ai",
        """
        AI-based detection of phishing and business e-mail compromise in multiple languages
        e-mail phishing protection
        Phishing and fake-invoice e-mails cause large losses, and attackers now write convincing messages in any language that slip past signature-based filters.
        Language models trained on multilingual phishing corpora analyse message content, sender behaviour and payment-change requests; suspicious e-mails are quarantined or flagged with an explanation for the user.
        small and medium-sized companies; banks and insurers; universities; public administrations
        detects phishing in Chinese, English and 20 other languages; explanation shown to users; integrates with common mail servers and cloud mail; false-positive rate below 0.1%
        phishing detection; e-mail security; business e-mail compromise; natural language processing; cybersecurity
        """,
        """
        基于人工智能的多语言钓鱼邮件与商务邮件诈骗检测
        钓鱼邮件防护
        钓鱼邮件和虚假发票邮件造成大量损失，攻击者可用任何语言撰写逼真的邮件，绕过基于特征码的过滤。
        在多语言钓鱼语料上训练的语言模型分析邮件内容、发件人行为和收款账户变更请求，将可疑邮件隔离或向用户提示并说明原因。
        中小企业；银行与保险公司；高校；政府机关
        支持中文、英文等20余种语言；向用户解释告警原因；兼容常见邮件服务器和云邮箱；误报率低于0.1%
        钓鱼邮件检测；邮件安全；商务邮件诈骗；自然语言处理；网络安全
        """,
    ),
    concept(
        "qkd-network",
        "quantum communications cybersecurity",
        """
        Compact quantum key distribution system for metropolitan fibre networks
        quantum key distribution
        Banks, data centres and government networks need long-term protection of keys against future quantum attacks, but existing quantum key distribution equipment is bulky and expensive.
        A chip-integrated decoy-state QKD transmitter and a receiver with cooled single-photon detectors generate secret keys over existing metro fibres, and a key management system hands keys to standard encryptors.
        bank and data-centre interconnects; government networks; power grid control; telecom operators
        secret key rate above 10 kbit/s over 50 km; rack-mounted 1U units; coexists with classical traffic on the same fibre; standard key delivery interface
        quantum key distribution; QKD; quantum communication; single-photon detector; encryption
        """,
        """
        面向城域光纤网络的小型化量子密钥分发系统
        量子密钥分发
        银行、数据中心和政务网络需要长期抵御未来量子攻击的密钥保护，但现有量子密钥分发设备体积大、价格高。
        芯片集成的诱骗态量子密钥分发发射端与制冷单光子探测器接收端在现有城域光纤上生成密钥，密钥管理系统向标准加密设备分发密钥。
        银行与数据中心互联；政务网络；电网调度；电信运营商
        50公里光纤成码率大于10kbit/s；1U机架式设备；可与经典业务共纤传输；标准密钥供给接口
        量子密钥分发；量子通信；单光子探测器；加密；量子保密通信
        """,
    ),
    concept(
        "nv-magnetometer",
        "quantum instruments medical-devices",
        """
        Diamond nitrogen-vacancy quantum magnetometer for room-temperature sensing
        quantum magnetic field sensors
        Measuring very weak magnetic fields from the heart, brain or buried structures needs cryogenically cooled sensors that are expensive and impractical outside laboratories.
        Nitrogen-vacancy centres in synthetic diamond read out optically give picotesla sensitivity at room temperature. A compact sensor head with integrated laser and microwave electronics fits in a handheld probe.
        magnetocardiography; non-destructive testing of batteries and chips; geophysical surveys; navigation without GNSS
        picotesla sensitivity at room temperature; no cryogenics; sensor head smaller than 10 cm³; vector measurement of the field
        quantum sensing; nitrogen-vacancy centre; diamond; magnetometer; quantum precision measurement
        """,
        """
        室温金刚石氮空位色心量子磁力计
        量子磁场传感器
        测量来自心脏、大脑或地下结构的微弱磁场需要低温制冷传感器，成本高，难以在实验室以外使用。
        利用人造金刚石中的氮空位色心进行光学读出，在室温下实现皮特斯拉级灵敏度；集成激光和微波电路的小型传感头可做成手持探头。
        心磁图检查；电池与芯片无损检测；地球物理勘探；无卫星导航
        室温下皮特斯拉级灵敏度；无需低温制冷；传感头体积小于10立方厘米；可测量磁场矢量
        量子传感；氮空位色心；金刚石；磁力计；量子精密测量
        """,
    ),
    concept(
        "quantum-optimisation",
        "quantum ai rail",
        """
        Quantum-inspired optimisation software for scheduling and logistics
        quantum-inspired optimisation
        Timetabling, vehicle routing and production scheduling problems grow too large for exact solvers, and planners settle for solutions far from optimal.
        Simulated-bifurcation and tensor-network algorithms inspired by quantum annealing run on GPUs and solve large combinatorial problems formulated as QUBO models; the same models can later run on quantum hardware.
        railway and airline timetabling; logistics and vehicle routing; factory scheduling; portfolio optimisation
        problems with 100,000 variables solved in minutes; runs on standard GPUs; 5-15% better solutions than heuristics in benchmarks; ready for future quantum hardware
        quantum computing; optimisation; QUBO; quantum annealing; scheduling
        """,
        """
        面向排程与物流的量子启发优化软件
        量子启发式优化
        列车时刻表编制、车辆路径和生产排程问题规模过大，精确求解器难以求解，计划人员只能接受远非最优的方案。
        受量子退火启发的模拟分岔和张量网络算法在GPU上运行，求解以QUBO模型表示的大规模组合优化问题，模型未来可直接迁移到量子硬件上运行。
        铁路与航空排班；物流与车辆调度；工厂排产；投资组合优化
        10万变量问题数分钟求解；在通用GPU上运行；测试中解的质量比启发式算法高5%～15%；可迁移至未来量子硬件
        量子计算；组合优化；QUBO；量子退火；排程
        """,
    ),
    concept(
        "sme-credit-scoring",
        "finance-tech ai big-data",
        """
        Alternative-data credit scoring for small businesses without financial statements
        credit scoring for small businesses
        Small firms and sole traders often lack audited accounts and collateral, so banks reject them or charge high rates although many are good borrowers.
        With the firm's consent, the model analyses tax invoices, utility payments, e-commerce sales and bank transactions, producing an explainable credit score that complies with fair-lending rules.
        commercial banks; microfinance institutions; supply-chain finance platforms; e-commerce marketplaces
        default prediction 25% better than bureau scores alone; decision in minutes; explainable reasons for each score; consent-based data access
        credit scoring; alternative data; SME finance; machine learning; inclusive finance
        """,
        """
        面向无财报小微企业的多维数据信用评分技术
        小微企业智能信贷风控
        小微企业和个体工商户往往缺乏审计报表和抵押物，银行拒贷或高息放贷，而其中许多是优质借款人。
        经企业授权，模型分析税务发票、水电缴费、电商销售和银行流水数据，生成可解释的信用评分，符合公平信贷监管要求。
        商业银行；小额贷款机构；供应链金融平台；电商平台
        违约预测效果比仅用征信评分提升25%；数分钟完成审批；每个评分均可解释；基于授权获取数据
        信用评分；替代数据；小微金融；机器学习；普惠金融
        """,
    ),
    concept(
        "cross-border-payments",
        "finance-tech blockchain",
        """
        Low-cost cross-border payment and currency conversion for SMEs trading with China
        cross-border payments for SMEs
        Small exporters and importers pay high fees and wait days for international transfers, and struggle to reconcile payments with invoices.
        A licensed payment platform connects local clearing systems in several countries, converts currencies at transparent rates and matches incoming payments to invoices automatically through an API and a web dashboard.
        SME exporters and importers; e-commerce sellers; freight forwarders; travel agencies
        same-day settlement in major corridors; fees below 0.5%; automatic invoice reconciliation; RMB, EUR and USD accounts
        cross-border payment; foreign exchange; payment platform; SME; e-commerce
        """,
        """
        面向中小外贸企业的低成本跨境支付与结汇服务
        跨境支付
        中小进出口企业跨境转账手续费高、到账慢，且收付款与发票难以对账。
        持牌支付平台接入多个国家的本地清算系统，以透明汇率进行货币兑换，并通过API和网页后台将收款与发票自动匹配。
        中小外贸企业；跨境电商卖家；货运代理；旅行社
        主要通道当日到账；费率低于0.5%；自动对账；支持人民币、欧元和美元账户
        跨境支付；外汇结算；支付平台；中小企业；跨境电商
        """,
    ),
    concept(
        "regtech-aml",
        "finance-tech ai",
        """
        Automated anti-money-laundering screening with entity resolution across languages
        anti-money-laundering compliance
        Banks screen customers and payments against sanctions and watch lists, but names transliterated between Chinese, Latin and other scripts produce floods of false alerts that compliance teams must clear by hand.
        An entity-resolution engine matches names across scripts, transliterations and corporate structures, and a machine-learning model ranks alerts by risk so analysts see the important cases first.
        banks and payment institutions; securities firms; trade-finance departments; crypto-asset service providers
        false alerts reduced by 70%; matching across Chinese, Latin, Cyrillic and Arabic scripts; audit trail for regulators; screening in real time
        anti-money laundering; sanctions screening; entity resolution; compliance; regtech
        """,
        """
        跨语种实体识别的反洗钱智能筛查技术
        反洗钱合规筛查
        银行需将客户和交易与制裁及监控名单进行比对，但中文、拉丁文等文字之间的音译产生大量误报，合规人员只能人工排除。
        实体识别引擎可跨文字、音译和股权结构匹配名称，机器学习模型按风险对告警排序，使分析人员优先处理重要案例。
        银行与支付机构；证券公司；贸易融资部门；虚拟资产服务商
        误报减少70%；支持中文、拉丁文、西里尔文和阿拉伯文匹配；全程留痕便于监管检查；实时筛查
        反洗钱；制裁筛查；实体识别；合规；监管科技
        """,
    ),
    concept(
        "adaptive-learning",
        "education-culture ai",
        """
        Adaptive learning platform for vocational training in manufacturing skills
        adaptive vocational training
        Manufacturers struggle to train operators and technicians quickly, and classroom courses ignore what each learner already knows.
        The platform builds a skills map for each trade, tests learners with short exercises and simulations, and adapts the sequence of micro-lessons to close individual gaps. Trainers see progress dashboards for each group.
        manufacturing companies; vocational schools; training centres; industrial parks
        training time cut by 30-40%; content in Chinese and English; works on mobile phones; skills certificates linked to industry standards
        adaptive learning; vocational training; e-learning; skills; education technology
        """,
        """
        面向制造业技能培训的自适应学习平台
        职业技能自适应学习
        制造企业难以快速培养操作工和技术员，课堂培训不能照顾每位学员已有的知识基础。
        平台为每个工种建立技能图谱，通过短练习和仿真考核学员，自适应调整微课学习顺序以弥补个人短板；培训师可查看各班组进度看板。
        制造企业；职业院校；培训中心；产业园区
        培训时间缩短30%～40%；中英文课程内容；支持手机学习；技能证书对接行业标准
        自适应学习；职业培训；在线教育；技能培训；教育科技
        """,
    ),
    concept(
        "vr-heritage",
        "education-culture display",
        """
        Photogrammetry and VR reconstruction for digital cultural heritage exhibitions
        digital cultural heritage
        Museums and heritage sites want to show fragile objects and remote sites to more visitors without damaging them, but 3D digitisation is slow and costly.
        A photogrammetry pipeline with automated capture rigs and neural rendering turns thousands of photos into accurate, lightweight 3D models, which are published as VR experiences and web exhibitions.
        museums; heritage sites; tourism boards; education publishers
        object digitised in under one hour; sub-millimetre accuracy; web and VR headset output; lightweight models for mobile phones
        digital heritage; photogrammetry; virtual reality; 3D reconstruction; museum
        """,
        """
        面向数字文博展览的摄影测量与虚拟现实重建技术
        文物数字化展示
        博物馆和文化遗产地希望在不损害脆弱文物的情况下向更多观众展示文物和偏远遗址，但三维数字化速度慢、成本高。
        配备自动化拍摄装置和神经渲染的摄影测量流程，将数千张照片转化为精确、轻量的三维模型，并发布为虚拟现实体验和网上展览。
        博物馆；文化遗产地；文旅部门；教育出版机构
        单件文物一小时内完成数字化；精度优于1毫米；支持网页和VR头显；轻量模型可在手机上浏览
        数字文博；摄影测量；虚拟现实；三维重建；博物馆
        """,
    ),
    concept(
        "ai-language-tutor",
        "education-culture ai digital-health",
        """
        Speech-recognition-based pronunciation tutor for Chinese and English learners
        AI language learning
        Language learners rarely get individual feedback on pronunciation and tones, and teachers cannot listen to every student.
        Acoustic models trained on learner speech detect mispronounced phonemes and Mandarin tone errors, give visual feedback and adapt exercises. The engine works offline on phones and can be embedded in publishers' apps.
        language schools; publishers of textbooks; universities' international offices; speech therapy
        phoneme-level and tone feedback; works offline on mobile phones; SDK for integration into apps; supports Mandarin and English
        speech recognition; language learning; pronunciation; Mandarin tones; education technology
        """,
        """
        基于语音识别的中英文发音智能辅导技术
        智能语言学习
        语言学习者很少获得针对发音和声调的个性化反馈，教师无法逐一听取每位学生的发音。
        基于学习者语音训练的声学模型可检测音素发音错误和普通话声调错误，给出可视化反馈并自适应调整练习；引擎可在手机上离线运行，并可嵌入出版社的应用中。
        语言培训学校；教材出版社；高校国际交流部门；言语康复
        音素级与声调反馈；手机离线运行；提供SDK便于集成；支持普通话和英语
        语音识别；语言学习；发音评测；普通话声调；教育科技
        """,
    ),
    concept(
        "api-gateway-legacy",
        "next-gen-it cybersecurity finance-tech",
        """
        Cloud-native API gateway that exposes legacy systems as secure web services
        API integration of legacy systems
        Banks, hospitals and manufacturers cannot connect partners and mobile apps to core systems that only speak old protocols, and custom integration projects take months each.
        A cloud-native gateway translates legacy protocols such as SOAP, message queues and mainframe transactions into documented REST and event APIs, adding authentication, rate limiting and audit logging. Connectors are configured rather than coded.
        banks and insurers; hospitals and health insurers; manufacturers connecting suppliers; government e-services
        new API in days instead of months; OAuth 2.0 and mutual TLS security built in; handles more than 20,000 requests per second per node; complete audit trail
        API gateway; system integration; legacy systems; microservices; cloud native
        """,
        """
        将遗留系统开放为安全Web服务的云原生API网关
        遗留系统API集成
        银行、医院和制造企业的核心系统只支持老旧协议，无法与合作伙伴和移动应用对接，每个定制集成项目都需数月时间。
        云原生网关将SOAP、消息队列和大型机交易等遗留协议转换为有文档的REST和事件API，并提供认证、限流和审计日志；连接器通过配置而非编码实现。
        银行和保险公司；医院和医保机构；连接供应商的制造企业；政务服务平台
        数天即可发布新API；内置OAuth 2.0和双向TLS安全机制；单节点每秒处理2万次以上请求；完整审计记录
        API网关；系统集成；遗留系统；微服务；云原生
        """,
    ),
    concept(
        "speech-recognition-dialects",
        "ai education-culture digital-health",
        """
        Speech recognition for regional dialects and noisy industrial environments
        robust speech recognition
        Voice interfaces fail for users who speak regional dialects or work in noisy plants, so call centres, hospitals and factories cannot rely on them.
        Self-supervised acoustic models pre-trained on thousands of hours of untranscribed dialect speech are fine-tuned with small labelled sets, and a multi-microphone front end suppresses machine noise. Models run on premises or on edge devices.
        call centres; hospitals' voice documentation; factory voice picking and maintenance; smart home devices for older people
        word error rate 30-50% lower than generic models on dialect speech; works at 85 dB background noise; adapts to a new dialect with 20 hours of labelled audio; offline operation
        speech recognition; dialect; noise robustness; self-supervised learning; voice interface
        """,
        """
        面向方言和高噪声工业环境的语音识别技术
        方言语音识别
        对说方言的用户或在嘈杂车间工作的人员，语音交互经常失灵，呼叫中心、医院和工厂难以依赖语音接口。
        在数千小时无标注方言语音上自监督预训练的声学模型，只需少量标注数据即可微调；多麦克风前端抑制机器噪声；模型可本地部署或在边缘设备上运行。
        呼叫中心；医院语音病历录入；工厂语音拣货与设备维护；面向老年人的智能家居
        方言语音识别错误率比通用模型低30%～50%；85分贝背景噪声下可用；20小时标注语音即可适配新方言；支持离线运行
        语音识别；方言；抗噪；自监督学习；语音交互
        """,
    ),
    concept(
        "gan-power-ic",
        "integrated-circuits energy-efficiency communications",
        """
        Monolithic gallium nitride power IC for compact fast chargers and data-centre supplies
        gallium nitride power ICs
        Chargers and server power supplies must deliver more power in less space, but silicon switches limit switching frequency and discrete GaN transistors are hard to drive safely.
        A 650 V enhancement-mode GaN transistor is integrated with its gate driver, protection and current sensing on one die, allowing MHz switching with simple layouts and built-in protection against shoot-through and over-temperature.
        USB-C fast chargers; data-centre and telecom power supplies; LED drivers; solar micro-inverters
        switching frequency up to 2 MHz; power density of chargers tripled; integrated driver and protection; efficiency above 95% in 65 W adapters
        gallium nitride; GaN; power IC; fast charger; wide bandgap
        """,
        """
        面向小型快充与数据中心电源的单片集成氮化镓功率芯片
        氮化镓功率芯片
        充电器和服务器电源需要在更小空间内输出更大功率，但硅开关器件限制了开关频率，分立氮化镓晶体管的驱动又难以保证安全。
        将650V增强型氮化镓晶体管与栅极驱动、保护和电流检测集成在同一芯片上，布局简单即可实现兆赫兹级开关，并内置防直通和过温保护。
        USB-C快充；数据中心和通信电源；LED驱动电源；光伏微型逆变器
        开关频率最高2MHz；充电器功率密度提高两倍；集成驱动与保护；65W适配器效率大于95%
        氮化镓；GaN；功率芯片；快充；宽禁带
        """,
    ),
    concept(
        "satellite-iot-terminal",
        "communications iot space-remote-sensing",
        """
        Low-cost direct-to-satellite IoT terminal for remote assets
        satellite IoT connectivity
        Pipelines, livestock, containers and environmental stations in remote areas lie outside cellular coverage, and traditional satellite terminals are too expensive and power-hungry for simple sensor data.
        A terminal based on a narrowband IoT chipset with a compact patch antenna sends short messages directly to low-Earth-orbit satellites, switching to cellular networks where available. It runs for years on batteries.
        oil and gas pipelines; livestock and wildlife tracking; container and cargo tracking; hydrological and weather stations
        terminal cost below USD 50; battery life of up to 5 years; global coverage via LEO satellites; automatic fallback to cellular NB-IoT
        satellite IoT; low Earth orbit; asset tracking; NB-IoT; remote monitoring
        """,
        """
        面向偏远资产监测的低成本直连卫星物联网终端
        卫星物联网
        偏远地区的管道、牲畜、集装箱和环境监测站不在蜂窝网络覆盖范围内，传统卫星终端对简单传感数据而言太贵、功耗太高。
        基于窄带物联网芯片和小型贴片天线的终端可将短报文直接发送至低轨卫星，在有蜂窝网络的地方自动切换；电池供电可工作数年。
        油气管道；牲畜与野生动物追踪；集装箱和货物跟踪；水文气象站
        终端成本低于50美元；电池寿命最长5年；低轨卫星全球覆盖；自动切换蜂窝NB-IoT网络
        卫星物联网；低轨卫星；资产追踪；NB-IoT；远程监测
        """,
    ),
    concept(
        "synthetic-data",
        "big-data ai cybersecurity",
        """
        Privacy-safe synthetic data generation for testing and analytics
        synthetic data for analytics and testing
        Developers and analysts need realistic data, but copying production records with personal information into test systems or to external partners breaks privacy law.
        Generative models learn the statistical structure of tabular and time-series data and produce synthetic records that preserve correlations and rare patterns while a privacy audit checks that no real record can be re-identified.
        banks and insurers; hospitals and health research; telecom operators; software testing teams
        statistical fidelity above 95% on benchmark analyses; formal privacy tests against re-identification; relational multi-table data supported; runs inside the customer's network
        synthetic data; data privacy; generative model; test data; data sharing
        """,
        """
        隐私安全的合成数据生成技术
        合成数据
        开发和分析人员需要逼真的数据，但把含个人信息的生产数据复制到测试系统或提供给外部合作方违反隐私法规。
        生成模型学习表格和时序数据的统计结构，生成保留相关性和稀有模式的合成记录，隐私审计确保无法重新识别任何真实个人。
        银行和保险公司；医院和医学研究；电信运营商；软件测试团队
        基准分析中统计保真度大于95%；通过防重识别的隐私测试；支持多表关系型数据；在客户内网运行
        合成数据；数据隐私；生成模型；测试数据；数据共享
        """,
    ),
    concept(
        "smart-meter-edge",
        "iot smart-grid energy-efficiency",
        """
        Non-intrusive load monitoring that disaggregates appliance energy use from one smart meter
        appliance-level energy monitoring
        Households and small businesses get one monthly energy figure and cannot see which appliances waste power, while installing sub-meters everywhere is too expensive.
        An edge algorithm on the smart meter or a clip-on sensor samples current and voltage at high frequency and separates the signatures of individual appliances, reporting their consumption and detecting faulty equipment.
        utilities and energy retailers; small shops and restaurants; elderly monitoring through activity patterns; building energy services
        identifies more than 20 appliance types; accuracy above 85% for major loads; no sensors on individual appliances; detects faulty fridges and heaters
        non-intrusive load monitoring; smart meter; energy disaggregation; edge computing; energy saving
        """,
        """
        基于单个智能电表的非侵入式负荷分解监测技术
        非侵入式负荷监测
        家庭和小商户每月只能看到一个总用电量，不知道哪些电器浪费电，而在每个电器上安装分表成本太高。
        运行在智能电表或卡扣式传感器上的边缘算法高频采样电流电压，分离出各电器的用电特征，统计其能耗并发现故障设备。
        电网公司和售电公司；小商店和餐馆；基于用电行为的独居老人关爱；建筑能源服务
        可识别20余种电器；主要负荷识别准确率大于85%；无需在单个电器上安装传感器；可发现故障冰箱和加热器
        非侵入式负荷监测；智能电表；负荷分解；边缘计算；节能
        """,
    ),
    concept(
        "carbon-credit-registry",
        "blockchain carbon-neutrality finance-tech",
        """
        Blockchain registry for tracing carbon credits and green certificates
        carbon credit registry on blockchain
        Carbon credits and renewable energy certificates are sometimes counted twice or sold without proof of the underlying project, undermining trust in voluntary carbon markets.
        A permissioned ledger records issuance, transfer and retirement of each credit with links to monitoring data from the project's meters and satellites; registries and buyers verify the full history, and credits cannot be retired twice.
        carbon project developers; companies buying offsets; exchanges and registries; green electricity traders
        prevents double counting and double selling; monitoring data linked to each credit; interoperable with existing registries; public verification page for each retirement
        carbon credit; blockchain registry; voluntary carbon market; green certificate; MRV
        """,
        """
        碳信用与绿证区块链登记追溯平台
        碳信用区块链登记
        碳信用和可再生能源证书存在重复计算或无项目依据出售的情况，损害了自愿碳市场的公信力。
        联盟链记录每一笔碳信用的签发、转让和注销，并关联项目电表和卫星监测数据；登记机构和买方可核查完整历史，同一信用不能被重复注销。
        碳减排项目开发商；购买碳抵消的企业；交易所和登记机构；绿电交易企业
        防止重复计算和重复出售；每笔信用关联监测数据；可与现有登记系统互通；每次注销提供公开核验页面
        碳信用；区块链登记；自愿碳市场；绿证；监测报告核查
        """,
    ),
    concept(
        "deepfake-detection",
        "cybersecurity ai finance-tech",
        """
        Detection of deepfake video and voice in remote identity verification
        deepfake detection for identity checks
        Banks and platforms verify customers remotely by video and voice, and fraudsters now use real-time deepfakes and replayed recordings to open accounts.
        Detection models analyse facial micro-movements, lighting consistency, compression artefacts and voice spectral cues, and an active challenge asks the user to perform random actions that current deepfake tools cannot render convincingly.
        banks and payment providers; telecom SIM registration; online platforms and marketplaces; government e-identity services
        detects face-swap and voice-clone attacks with an error rate below 1% on benchmarks; works with ordinary smartphone cameras; SDK for Android, iOS and web; certified presentation-attack-detection methods
        deepfake detection; liveness detection; identity verification; biometric security; fraud prevention
        """,
        """
        远程身份核验中的深度伪造视频与语音检测技术
        深度伪造检测
        银行和平台通过视频和语音远程核验客户身份，而诈骗分子已开始利用实时深度伪造和录音重放开户。
        检测模型分析面部微动作、光照一致性、压缩痕迹和语音频谱特征，主动挑战环节要求用户完成随机动作，现有深度伪造工具难以逼真呈现。
        银行和支付机构；电话卡实名登记；互联网平台和电商；政务电子身份服务
        基准测试中换脸和语音克隆攻击检测错误率低于1%；适用于普通手机摄像头；提供安卓、iOS和网页SDK；活体检测方法通过认证
        深度伪造检测；活体检测；身份核验；生物特征安全；反欺诈
        """,
    ),
    concept(
        "quantum-gravimeter",
        "quantum instruments mining",
        """
        Portable cold-atom quantum gravimeter for underground surveys
        quantum gravity sensing
        Finding voids, tunnels, old mine workings and mineral bodies underground needs many boreholes, and classical gravimeters drift and require frequent calibration.
        Laser-cooled atoms in free fall act as test masses in an atom interferometer, giving absolute gravity measurements without drift. A compact vacuum and laser system makes the instrument transportable in a van.
        civil engineering and tunnelling; mineral and groundwater exploration; volcano and reservoir monitoring; archaeology
        absolute measurement without drift; sensitivity of a few microgal; transportable and set up in under 30 minutes; continuous operation for weeks
        quantum sensing; cold atoms; gravimeter; atom interferometry; geophysical survey
        """,
        """
        用于地下勘测的便携式冷原子量子重力仪
        量子重力测量
        探测地下空洞、隧道、老采空区和矿体需要大量钻孔，而传统重力仪存在漂移，需要频繁标定。
        激光冷却的自由下落原子在原子干涉仪中作为检验质量，实现无漂移的绝对重力测量；紧凑型真空和激光系统使整机可由厢式车运输。
        土木工程与隧道；矿产和地下水勘查；火山与水库监测；考古
        绝对测量无漂移；灵敏度达数微伽；可移动，30分钟内完成架设；可连续运行数周
        量子传感；冷原子；重力仪；原子干涉；地球物理勘探
        """,
    ),
    concept(
        "robo-advisor-esg",
        "finance-tech ai big-data",
        """
        ESG data extraction and scoring from company reports with natural language processing
        ESG analytics for investors
        Investors must assess companies' environmental, social and governance performance, but data is buried in long reports in many languages and ratings disagree.
        Language models extract emissions, safety incidents, board composition and controversies from annual reports, sustainability reports and news in Chinese and English, map them to reporting standards and produce transparent scores with sources.
        asset managers; banks' credit departments; listed companies benchmarking peers; stock exchanges and index providers
        covers Chinese and English disclosures; every score linked to source passages; mapping to ISSB and GRI standards; coverage of more than 10,000 listed companies
        ESG; natural language processing; sustainable finance; climate risk; investment analytics
        """,
        """
        基于自然语言处理的企业报告ESG数据抽取与评分
        ESG智能分析
        投资者需要评估企业的环境、社会和治理表现，但数据分散在多语种的冗长报告中，各家评级结果也不一致。
        语言模型从中英文年报、可持续发展报告和新闻中抽取排放、安全事故、董事会构成和争议事件，对照披露标准并生成附带出处的透明评分。
        资产管理公司；银行授信部门；对标同业的上市公司；交易所和指数公司
        覆盖中英文披露；每项评分可追溯原文；对照ISSB和GRI标准；覆盖1万余家上市公司
        ESG；自然语言处理；可持续金融；气候风险；投资分析
        """,
    ),
    concept(
        "stem-lab-kits",
        "education-culture robotics iot",
        """
        Modular robotics and IoT kits with curriculum for STEM education
        STEM education kits
        Schools want to teach programming, electronics and engineering by doing, but teachers lack ready-made materials and training, and kits break or go out of date.
        Snap-together modules with sensors, motors and a microcontroller are programmed with block-based and Python editors; a curriculum of 60 project lessons maps to national standards, and an online course trains teachers.
        primary and secondary schools; maker spaces and libraries; vocational schools; after-school training centres
        curriculum of 60 lessons aligned to standards; block coding and Python; durable modules with magnetic connectors; teacher training included
        STEM education; educational robotics; coding; maker education; IoT kit
        """,
        """
        配套课程的STEM教育模块化机器人与物联网套件
        STEM教育套件
        学校希望通过动手实践教授编程、电子和工程知识，但教师缺少现成教材和培训，套件易损坏或很快过时。
        带有传感器、电机和微控制器的拼插模块可用图形化和Python编程；60节项目课程对接国家课程标准，并提供教师在线培训。
        中小学；创客空间和图书馆；职业院校；课外培训机构
        60节课程对接课程标准；支持图形化编程和Python；磁吸连接模块坚固耐用；含教师培训
        STEM教育；教育机器人；编程教育；创客教育；物联网套件
        """,
    ),
)
