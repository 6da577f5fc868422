"""Concepts in environment and cities: pollution control, water, recycling, carbon, buildings,
smart cities."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "voc-catalytic-oxidation",
        "environmental-protection chemicals",
        """
        Low-temperature catalytic oxidation of volatile organic compounds from coating and printing lines
        VOC abatement for industrial exhaust
        Painting, printing and chemical plants emit volatile organic compounds that form smog, and thermal oxidisers burn large amounts of gas to destroy them.
        A manganese-cerium oxide catalyst on a honeycomb support oxidises VOCs at 200-250 °C, combined with a zeolite rotor concentrator for dilute exhaust. The catalyst tolerates sulphur and halogen traces.
        automotive and furniture painting; printing and packaging; pharmaceutical and chemical plants; electronics manufacturing
        destruction efficiency above 98%; operating temperature 150 °C lower than thermal oxidation; noble-metal-free catalyst; resistant to sulphur and chlorine poisoning
        VOC; catalytic oxidation; exhaust gas treatment; air pollution control; zeolite rotor
        """,
        """
        涂装印刷行业挥发性有机物低温催化氧化技术
        VOCs废气治理
        涂装、印刷和化工企业排放的挥发性有机物是形成雾霾的重要前体物，而热力焚烧炉需消耗大量燃气。
        以蜂窝载体负载锰铈复合氧化物催化剂，在200～250℃下氧化VOCs，低浓度废气配合沸石转轮浓缩；催化剂耐受微量硫和卤素。
        汽车和家具涂装；印刷包装；医药化工企业；电子制造
        去除效率大于98%；运行温度比热力焚烧低150℃；不含贵金属；抗硫抗氯中毒
        VOCs；催化氧化；废气治理；大气污染防治；沸石转轮
        """,
    ),
    concept(
        "soil-remediation",
        "environmental-protection biotechnology mining",
        """
        In-situ remediation of heavy-metal contaminated farmland with stabilising amendments and plants
        remediation of heavy-metal contaminated soil
        Cadmium and lead in farmland soils enter rice and vegetables, and excavating and replacing contaminated soil is far too expensive for large areas.
        A mineral amendment made from modified biochar and phosphate binds heavy metals in the soil, while selected hyperaccumulator plants and root bacteria gradually remove them. Farmers keep cultivating during treatment.
        contaminated farmland; mining areas; former industrial sites; agricultural departments and remediation contractors
        cadmium uptake in rice reduced by 60-80%; cost below 10% of soil replacement; farming continues during remediation; amendment made from agricultural residues
        soil remediation; heavy metals; cadmium; biochar; phytoremediation
        """,
        """
        重金属污染农田原位钝化与植物修复技术
        重金属污染土壤修复
        农田土壤中的镉、铅进入稻米和蔬菜，而大面积客土置换成本过高。
        以改性生物炭和磷酸盐制成的矿物钝化剂固定土壤中的重金属，同时利用筛选的超富集植物和根际微生物逐步移除重金属，修复期间农户可继续耕种。
        污染农田；矿区；工业遗留场地；农业部门和修复工程企业
        稻米镉吸收降低60%～80%；成本不到客土置换的10%；修复期间不影响耕种；钝化剂以农业废弃物为原料
        土壤修复；重金属；镉污染；生物炭；植物修复
        """,
    ),
    concept(
        "microplastics-filter",
        "environmental-protection water-treatment instruments",
        """
        Microplastic monitoring and removal for wastewater treatment plant effluents
        microplastic removal from wastewater
        Wastewater treatment plants release large numbers of microplastic particles into rivers, and operators have no routine method to measure or remove them.
        A self-cleaning disc filter with 10 µm mesh placed after secondary treatment removes most microplastics, and an automated Raman-spectroscopy analyser counts and identifies particles in daily samples.
        municipal wastewater plants; textile and laundry wastewater; plastics processing plants; environmental monitoring agencies
        removal of more than 90% of particles above 10 µm; automated particle identification by polymer type; low pressure drop; retrofit after existing clarifiers
        microplastics; wastewater; filtration; Raman spectroscopy; environmental monitoring
        """,
        """
        污水处理厂出水微塑料监测与去除技术
        污水微塑料去除
        污水处理厂向河流排放大量微塑料颗粒，运营单位缺乏常规的检测和去除手段。
        在二级处理后设置10微米滤网的自清洗转盘过滤器去除大部分微塑料，自动拉曼光谱分析仪对每日样品中的颗粒计数并识别材质。
        城镇污水处理厂；纺织和洗涤废水；塑料加工企业；环境监测部门
        10微米以上颗粒去除率大于90%；自动识别聚合物种类；过滤压损低；可在现有沉淀池后改造
        微塑料；污水处理；过滤；拉曼光谱；环境监测
        """,
    ),
    concept(
        "mbr-low-energy",
        "water-treatment energy-efficiency new-materials",
        """
        Low-energy membrane bioreactor with anti-fouling ceramic flat-sheet membranes
        membrane bioreactors for wastewater reuse
        Membrane bioreactors produce water clean enough for reuse, but membrane fouling forces heavy air scouring and chemical cleaning, making them energy-hungry.
        Ceramic flat-sheet membranes with a hydrophilic nano-coating resist fouling, and intermittent air scouring controlled by transmembrane pressure cuts blower energy. The membranes last more than ten years.
        municipal wastewater reuse; food and beverage wastewater; pharmaceutical wastewater; decentralised treatment in villages
        energy use below 0.3 kWh/m³ for filtration; membrane life more than 10 years; effluent suitable for reuse; 50% less chemical cleaning
        membrane bioreactor; MBR; ceramic membrane; water reuse; anti-fouling
        """,
        """
        抗污染陶瓷平板膜低能耗膜生物反应器
        膜生物反应器中水回用
        膜生物反应器出水可直接回用，但膜污染需要大量曝气冲刷和化学清洗，能耗高。
        具有亲水纳米涂层的陶瓷平板膜抗污染性能好，根据跨膜压差控制的间歇曝气降低风机能耗，膜使用寿命超过10年。
        城镇污水再生利用；食品饮料废水；制药废水；农村分散式污水处理
        过滤能耗低于0.3kWh/m³；膜寿命超过10年；出水可回用；化学清洗减少50%
        膜生物反应器；MBR；陶瓷膜；中水回用；抗污染
        """,
    ),
    concept(
        "solar-desalination",
        "water-treatment new-energy new-materials",
        """
        Solar-driven membrane distillation for off-grid desalination
        off-grid solar desalination
        Islands, remote coastal villages and desert sites lack fresh water and grid power, and reverse-osmosis plants need skilled maintenance and stable electricity.
        Solar thermal collectors heat seawater that passes along a hydrophobic membrane; water vapour crosses and condenses as pure water. A multi-stage design recovers latent heat, and a small PV panel powers the pumps.
        island communities; remote coastal villages; desert mining camps; emergency water supply
        no grid connection needed; produces 50-500 litres per day per module; tolerates high-salinity brine; minimal maintenance without chemicals
        desalination; membrane distillation; solar thermal; off-grid water; seawater
        """,
        """
        离网太阳能膜蒸馏海水淡化技术
        太阳能海水淡化
        海岛、偏远沿海村庄和沙漠地区缺乏淡水和电网，反渗透装置需要专业维护和稳定电力供应。
        太阳能集热器加热海水，海水沿疏水膜流动，水蒸气透过膜后冷凝为纯水；多级设计回收潜热，小型光伏板为水泵供电。
        海岛社区；偏远沿海村庄；沙漠矿区营地；应急供水
        无需接入电网；单模块日产水50～500升；可处理高盐浓水；无需化学药剂，维护量小
        海水淡化；膜蒸馏；太阳能光热；离网供水；海水
        """,
    ),
    concept(
        "leak-detection-water-network",
        "water-treatment iot ai",
        """
        Acoustic and pressure-transient leak detection for urban water networks
        leak detection in water distribution networks
        Cities lose 20-40% of treated drinking water through leaks that stay hidden underground for months.
        Hydrophones and high-rate pressure sensors installed at hydrants and valves pick up leak noise and pressure transients; a model trained on network hydraulics localises leaks to within a few metres and ranks repairs by volume lost.
        water utilities; industrial parks; airports and campuses; district metered area operators
        leaks located within 5 metres; non-revenue water reduced by 20-30%; sensors installed without excavation; battery life over 5 years
        leak detection; water network; non-revenue water; hydrophone; pressure transient
        """,
        """
        基于声学与压力瞬变的城市供水管网漏损检测技术
        供水管网漏损检测
        城市20%～40%的自来水通过地下暗漏流失，漏点往往数月未被发现。
        安装在消火栓和阀门处的水听器和高频压力传感器捕捉漏水声和压力瞬变，基于管网水力模型训练的算法将漏点定位在数米范围内，并按漏失水量排序维修。
        供水企业；工业园区；机场与校园；分区计量运营单位
        漏点定位精度5米以内；产销差降低20%～30%；传感器安装无需开挖；电池寿命超过5年
        漏损检测；供水管网；产销差；水听器；压力瞬变
        """,
    ),
    concept(
        "textile-recycling",
        "recycling textiles chemicals",
        """
        Chemical recycling of polyester and cotton blend textiles into virgin-quality fibres
        textile-to-textile recycling
        Most discarded clothing is a blend of polyester and cotton that mechanical recycling cannot separate, so it is landfilled or burnt.
        A low-temperature glycolysis process depolymerises polyester into purified monomer for new PET fibre, while the cotton is recovered as cellulose pulp suitable for lyocell or viscose production. Dyes are removed by adsorption.
        fashion brands and retailers; textile recyclers; polyester fibre producers; cellulose fibre producers
        separates blends with any polyester-cotton ratio; recovered PET equal to virgin quality; 50% lower CO2 than virgin polyester; dyes and finishes removed
        textile recycling; chemical recycling; polyester; glycolysis; circular fashion
        """,
        """
        涤棉混纺废旧纺织品化学法再生技术
        废旧纺织品循环利用
        大部分废旧服装为涤棉混纺，物理法回收无法分离，只能填埋或焚烧。
        低温醇解工艺将涤纶解聚为提纯单体用于再生聚酯纤维，棉纤维回收为可用于莱赛尔或粘胶生产的纤维素浆粕，染料通过吸附去除。
        服装品牌与零售商；废旧纺织品回收企业；涤纶纤维生产企业；纤维素纤维生产企业
        可分离任意涤棉比例的混纺织物；再生聚酯品质等同原生料；二氧化碳排放比原生聚酯低50%；可去除染料和整理剂
        废旧纺织品回收；化学回收；涤纶；醇解；循环时尚
        """,
    ),
    concept(
        "plastic-pyrolysis",
        "recycling chemicals carbon-neutrality",
        """
        Catalytic pyrolysis of mixed plastic waste into naphtha for new plastics
        chemical recycling of mixed plastic waste
        Mixed and contaminated plastic packaging cannot be recycled mechanically, and landfill and incineration waste the material and emit CO2.
        A continuous catalytic pyrolysis reactor converts sorted mixed polyolefin waste into a light oil; inline hydrotreatment removes chlorine and other contaminants so the oil can be fed to steam crackers to make new plastics.
        plastic waste processors; petrochemical companies; packaging producers; municipal waste managers
        oil yield above 75%; chlorine below 10 ppm after treatment; continuous operation with 20,000 t/a modules; mass-balance certified recycled content
        plastic recycling; pyrolysis; chemical recycling; pyrolysis oil; circular plastics
        """,
        """
        混合废塑料催化热解制石脑油技术
        废塑料化学回收
        混合及受污染的塑料包装无法物理回收，填埋和焚烧既浪费资源又排放二氧化碳。
        连续式催化热解反应器将分选后的混合聚烯烃废塑料转化为轻质油，在线加氢精制脱除氯等杂质，使热解油可作为蒸汽裂解原料生产新塑料。
        废塑料处理企业；石化企业；包装生产企业；城市环卫企业
        油品收率大于75%；精制后氯含量低于10ppm；2万吨/年模块连续运行；再生料含量可通过质量平衡认证
        塑料回收；热解；化学回收；热解油；塑料循环
        """,
    ),
    concept(
        "construction-waste-aggregate",
        "recycling construction metallurgy",
        """
        High-quality recycled aggregates and cement from construction and demolition waste
        recycling of construction and demolition waste
        Construction and demolition waste is the largest waste stream by weight, yet recycled aggregates are mostly used for low-value backfill because of adhered mortar.
        A heat-and-rub process removes old cement paste from crushed concrete; the cleaned aggregates meet structural concrete standards, and the recovered fines are reactivated as a supplementary cementitious material.
        demolition contractors; ready-mix concrete producers; precast plants; urban renewal projects
        recycled aggregates suitable for structural concrete; up to 30% cement replacement by reactivated fines; CO2 savings of 20%; mobile or stationary plants
        construction waste; recycled aggregate; concrete recycling; supplementary cementitious material; circular construction
        """,
        """
        建筑垃圾高品质再生骨料与再生胶凝材料技术
        建筑垃圾资源化
        建筑拆除垃圾是重量最大的废弃物，但由于骨料表面附着砂浆，再生骨料大多只能用于低价值回填。
        加热研磨工艺去除破碎混凝土表面的旧水泥浆，洁净骨料满足结构混凝土标准，回收的细粉经活化后作为辅助胶凝材料使用。
        拆除工程企业；商品混凝土企业；预制构件厂；城市更新项目
        再生骨料可用于结构混凝土；活化细粉可替代最多30%水泥；减少二氧化碳排放20%；移动式或固定式产线
        建筑垃圾；再生骨料；混凝土再生；辅助胶凝材料；资源化利用
        """,
    ),
    concept(
        "e-waste-precious-metals",
        "recycling metallurgy chemicals",
        """
        Cyanide-free recovery of gold, silver and palladium from electronic waste
        precious-metal recovery from e-waste
        Printed circuit boards contain more gold than ore, but informal recycling uses cyanide and open burning, while smelters accept only large volumes.
        Boards are depopulated and ground; a thiosulphate leach with a regenerable oxidant dissolves gold, silver and palladium selectively, and metals are recovered by electrowinning. Copper and plastics are recovered in separate streams.
        e-waste recyclers; refurbishers and IT asset disposal companies; precious-metal refiners; municipal collection schemes
        no cyanide or aqua regia; gold recovery above 95%; economic at 1,000 t/a scale; copper and plastics recovered as by-products
        e-waste; precious metals; gold recovery; thiosulphate leaching; urban mining
        """,
        """
        电子废弃物无氰提取金银钯技术
        废旧电路板贵金属回收
        印刷电路板的含金量高于原矿，但非正规回收使用氰化物和露天焚烧，冶炼厂又只接收大批量物料。
        电路板拆解后磨碎，采用可再生氧化剂的硫代硫酸盐体系选择性浸出金、银、钯，电积回收金属，铜和塑料分别回收。
        电子废弃物回收企业；二手设备翻新与IT资产处置企业；贵金属精炼企业；城市回收体系
        不使用氰化物和王水；金回收率大于95%；1000吨/年规模即可盈利；铜和塑料作为副产品回收
        电子废弃物；贵金属；金回收；硫代硫酸盐浸出；城市矿产
        """,
    ),
    concept(
        "dac-sorbent",
        "carbon-neutrality chemicals new-materials",
        """
        Amine-functionalised solid sorbent for direct air capture of CO2
        direct air capture of carbon dioxide
        Reaching net zero requires removing CO2 from the atmosphere, but direct air capture is still too expensive because sorbents degrade and need much heat to regenerate.
        A porous polymer support grafted with oxidation-resistant amines captures CO2 from ambient air and releases it at 80-100 °C, so low-grade waste heat or heat pumps can drive regeneration. Sorbent is shaped into low-pressure-drop structures.
        carbon removal project developers; synthetic fuel producers; greenhouses and beverage CO2 supply; industrial parks with waste heat
        regeneration at 80-100 °C; stable capacity over 5,000 cycles; low pressure drop contactor; energy demand below 6 GJ per tonne CO2
        direct air capture; CO2 sorbent; amine; carbon removal; negative emissions
        """,
        """
        直接空气捕集二氧化碳用胺功能化固体吸附剂
        直接空气碳捕集
        实现净零排放需要从大气中移除二氧化碳，但直接空气捕集成本仍然过高，吸附剂易衰减且再生耗热大。
        在多孔聚合物载体上接枝抗氧化胺基，从环境空气中捕集二氧化碳并在80～100℃下解吸，可利用低品位余热或热泵再生；吸附剂成型为低压降结构。
        碳移除项目开发商；合成燃料生产企业；温室和饮料二氧化碳供应；有余热的工业园区
        再生温度80～100℃；5000次循环容量稳定；低压降接触器；能耗低于6GJ/吨二氧化碳
        直接空气捕集；二氧化碳吸附剂；胺吸附；碳移除；负排放
        """,
    ),
    concept(
        "co2-mineralisation",
        "carbon-neutrality construction metallurgy",
        """
        CO2 mineralisation of steel slag into building materials
        carbon mineralisation in building materials
        Steel mills produce millions of tonnes of slag and CO2, and the slag's free lime makes it unsuitable for most construction uses.
        Ground steel slag is carbonated with flue gas CO2 in a pressurised reactor, binding CO2 permanently as calcium carbonate and stabilising the slag. The product is pressed into blocks and pavers that harden in hours without cement.
        steel mills; precast concrete and block producers; cement plants; road builders
        binds 100-200 kg CO2 per tonne of slag; blocks without cement reaching 30 MPa; uses flue gas without CO2 purification; turns waste into a product
        CO2 mineralisation; steel slag; carbon capture and utilisation; building blocks; CCUS
        """,
        """
        钢渣二氧化碳矿化制备建材技术
        二氧化碳矿化利用
        钢铁厂产生数百万吨钢渣和二氧化碳，钢渣中的游离氧化钙使其难以用于大多数建筑用途。
        磨细钢渣在加压反应器中与烟气二氧化碳发生碳化反应，将二氧化碳永久固定为碳酸钙并消除钢渣的安定性问题；产品压制成砌块和路面砖，数小时内硬化，无需水泥。
        钢铁企业；预制混凝土与砌块企业；水泥厂；道路建设单位
        每吨钢渣固定100～200千克二氧化碳；无水泥砌块强度达30MPa；烟气无需提纯直接利用；变废为宝
        二氧化碳矿化；钢渣；碳捕集利用；砌块；CCUS
        """,
    ),
    concept(
        "carbon-accounting-software",
        "carbon-neutrality big-data next-gen-it",
        """
        Product carbon footprint and supply-chain emissions accounting software
        carbon accounting for manufacturers
        Exporters to Europe must report product carbon footprints for customers and the EU carbon border adjustment mechanism, but data sits in many suppliers' spreadsheets.
        A software platform collects energy, material and logistics data from ERP systems and suppliers, calculates footprints following ISO 14067 and the GHG Protocol with verified emission-factor databases, and produces audit-ready reports.
        exporters of steel, aluminium and chemicals; automotive suppliers; electronics manufacturers; industrial parks
        CBAM and ISO 14067 reporting templates; supplier data collection portal in Chinese and English; audit trail for verifiers; identifies reduction hotspots
        carbon footprint; carbon accounting; CBAM; life-cycle assessment; emissions reporting
        """,
        """
        产品碳足迹与供应链碳排放核算软件
        企业碳核算
        向欧洲出口的企业需为客户和欧盟碳边境调节机制提供产品碳足迹，但数据分散在众多供应商的表格中。
        软件平台从ERP系统和供应商处采集能源、物料和物流数据，依据ISO 14067和温室气体核算体系及经核实的排放因子库计算碳足迹，生成可供审核的报告。
        钢铁、铝和化工出口企业；汽车零部件供应商；电子制造企业；工业园区
        内置CBAM和ISO 14067报告模板；中英文供应商数据填报门户；全程留痕便于核查；识别减排重点环节
        碳足迹；碳核算；碳边境调节机制；生命周期评价；碳排放报告
        """,
    ),
    concept(
        "prefab-modular-timber",
        "construction forestry-ecology carbon-neutrality",
        """
        Prefabricated cross-laminated timber and steel hybrid system for mid-rise buildings
        prefabricated timber-hybrid construction
        Concrete and steel construction emits large amounts of CO2, is slow on site and faces labour shortages.
        Cross-laminated timber floor panels and steel-timber composite columns are produced in a factory with integrated service ducts and assembled on site with bolted connections. Fire and acoustic performance are tested for residential and office use.
        residential and office buildings up to 12 storeys; schools and hospitals; building extensions; precast manufacturers
        construction time halved; 40% lower embodied carbon; fire resistance of 90 minutes; demountable connections allow reuse
        cross-laminated timber; prefabrication; modular construction; timber building; embodied carbon
        """,
        """
        面向多高层建筑的正交胶合木-钢混合装配式体系
        装配式木结构建筑
        混凝土和钢结构建筑碳排放高、现场施工慢，并面临劳动力短缺。
        正交胶合木楼板和钢木组合柱在工厂预制并预留管线，现场通过螺栓连接装配；防火和隔声性能已按住宅和办公用途完成测试。
        12层以下住宅和办公楼；学校和医院；既有建筑加层；预制构件企业
        工期缩短一半；隐含碳降低40%；耐火极限90分钟；可拆卸节点便于构件再利用
        正交胶合木；装配式建筑；模块化建造；木结构；隐含碳
        """,
    ),
    concept(
        "aerogel-insulation",
        "construction new-materials energy-efficiency",
        """
        Silica aerogel insulation plaster for energy retrofits of existing buildings
        high-performance insulation for building retrofits
        Old buildings waste heat through walls, but thick insulation boards change façades, reduce room space and are often not allowed on historic buildings.
        A sprayable plaster with silica aerogel granules and a mineral binder reaches a thermal conductivity around 0.03 W/m·K; it is applied in 3-5 cm layers, is vapour-open and non-combustible.
        historic building renovation; residential retrofits; interior insulation; cold-climate public buildings
        thermal conductivity about 0.03 W/m·K; non-combustible class A; vapour-permeable against mould; applied with standard plastering machines
        aerogel; thermal insulation; plaster; building retrofit; energy efficiency
        """,
        """
        面向既有建筑节能改造的二氧化硅气凝胶保温砂浆
        建筑节能改造保温材料
        老旧建筑墙体散热严重，而厚保温板会改变外立面、占用室内空间，历史建筑往往不允许使用。
        含二氧化硅气凝胶颗粒和无机胶凝材料的可喷涂保温砂浆导热系数约0.03W/(m·K)，按3～5厘米厚度施工，透气且不燃。
        历史建筑修缮；住宅节能改造；内保温；寒冷地区公共建筑
        导热系数约0.03W/(m·K)；A级不燃；透气防霉；可用普通喷涂机施工
        气凝胶；保温材料；保温砂浆；既有建筑改造；建筑节能
        """,
    ),
    concept(
        "construction-robot-3dprint",
        "construction robotics additive-manufacturing",
        """
        On-site 3D concrete printing robot for walls and landscape elements
        3D concrete printing for construction
        Formwork accounts for a large share of concrete construction cost and labour, and complex shapes are rarely affordable.
        A mobile gantry robot extrudes a fast-setting fibre-reinforced mortar layer by layer directly from a BIM model; reinforcement and service openings are integrated during printing.
        low-rise housing; landscape and street furniture; emergency shelters; precast plants for complex elements
        no formwork; wall construction up to 5 times faster; 30% less material through optimised geometry; printing directly from BIM
        3D concrete printing; construction robot; additive construction; BIM; digital fabrication
        """,
        """
        现场混凝土3D打印建造机器人
        建筑3D打印
        模板在混凝土施工成本和人工中占比很大，复杂造型的构件往往难以承担。
        移动式龙门机器人依据BIM模型逐层挤出速凝纤维增强砂浆，打印过程中集成钢筋和管线预留孔洞。
        低层住宅；景观和城市家具；应急安置房；复杂构件预制厂
        无需模板；墙体建造速度提高最多5倍；几何优化节省材料30%；直接由BIM模型打印
        混凝土3D打印；建筑机器人；增材建造；BIM；数字建造
        """,
    ),
    concept(
        "adaptive-traffic-signals",
        "smart-city ai intelligent-vehicles",
        """
        AI adaptive traffic signal control using existing cameras
        adaptive traffic signal control
        Fixed-time traffic signals cannot follow changing traffic, causing congestion and emissions, while classic adaptive systems need loop detectors at every approach.
        Video analytics on existing intersection cameras count vehicles, cyclists and pedestrians by lane, and a reinforcement-learning controller coordinates signal timings along corridors every cycle.
        city traffic departments; traffic engineering firms; new urban districts; bus rapid transit corridors
        travel time reduced by 15-25% on pilot corridors; uses existing cameras without new detectors; works with common signal controllers; pedestrian and bus priority
        traffic signal control; reinforcement learning; video analytics; smart transport; congestion
        """,
        """
        基于现有摄像头的AI自适应交通信号控制
        自适应信号控制
        定时信号灯无法适应交通变化，造成拥堵和排放，而传统自适应系统需要在每个进口道埋设线圈。
        利用路口现有摄像头的视频分析按车道统计机动车、非机动车和行人，强化学习控制器逐周期协调干线信号配时。
        城市交通管理部门；交通工程咨询企业；城市新区；快速公交走廊
        试点干线通行时间减少15%～25%；利用现有摄像头无需新增检测器；兼容常见信号机；行人与公交优先
        信号控制；强化学习；视频分析；智慧交通；交通拥堵
        """,
    ),
    concept(
        "smart-waste-collection",
        "smart-city iot recycling",
        """
        Fill-level sensors and route optimisation for municipal waste collection
        smart waste collection
        Refuse trucks empty bins on fixed schedules, visiting half-empty bins while others overflow, wasting fuel and staff time.
        Ultrasonic fill-level sensors on bins and containers report over NB-IoT, and an optimiser plans daily collection routes by fill level, truck capacity and traffic. A citizen app reports overflowing bins and illegal dumping.
        municipal sanitation departments; waste collection companies; campuses and industrial parks; recycling centres
        collection trips reduced by 30-40%; sensor battery life of 7 years; routes recalculated daily; fewer overflowing bins and complaints
        smart waste; fill-level sensor; route optimisation; sanitation; IoT
        """,
        """
        满溢传感与路径优化的城市智慧环卫收运系统
        智慧环卫收运
        垃圾车按固定班次清运，既收半空的桶，又有桶满溢，浪费燃油和人力。
        垃圾桶和收集箱上的超声波满溢传感器通过NB-IoT上报，优化算法根据满溢度、车辆载量和路况规划每日收运路线；市民可通过小程序上报满溢和乱倒垃圾。
        城市环卫部门；垃圾收运企业；校园和产业园区；再生资源回收站
        收运车次减少30%～40%；传感器电池寿命7年；每日重新规划路线；减少满溢和投诉
        智慧环卫；满溢传感器；路径优化；垃圾收运；物联网
        """,
    ),
    concept(
        "urban-flood-warning",
        "smart-city space-remote-sensing water-treatment",
        """
        Real-time urban flood forecasting from rain radar and sewer sensors
        urban flood early warning
        Cloudbursts flood streets and underpasses within minutes, and cities lack forecasts precise enough to close roads or warn residents in time.
        Nowcasts from weather radar, level sensors in sewers and a fast hydraulic surrogate model of the drainage network predict street flooding 30-60 minutes ahead, and alerts go to traffic control and residents' phones.
        city emergency management; drainage utilities; metro and underpass operators; insurers
        street-level flood forecasts 30-60 minutes ahead; model runs in under a minute; uses existing radar and sensors; alerts by SMS and app
        flood forecasting; urban drainage; nowcasting; sponge city; early warning
        """,
        """
        基于雷达降雨与管网传感的城市内涝实时预警
        城市内涝预警
        短时强降雨数分钟内即可淹没街道和下穿通道，城市缺乏足够精细的预报来及时封路或提醒市民。
        利用气象雷达临近预报、排水管网液位传感器和排水管网水力快速代理模型，提前30～60分钟预测街道积水，并向交通指挥和市民手机推送预警。
        城市应急管理部门；排水公司；地铁和下穿通道运营单位；保险公司
        提前30～60分钟预报街道级积水；模型计算不到一分钟；利用现有雷达和传感器；短信和App推送预警
        内涝预报；城市排水；临近预报；海绵城市；预警
        """,
    ),
    concept(
        "odour-biofilter",
        "environmental-protection biotechnology water-treatment",
        """
        Biotrickling filter for odour and hydrogen sulphide control at wastewater and waste plants
        odour control
        Odours from wastewater plants, composting and livestock facilities lead to complaints and permit problems, and chemical scrubbers are costly to run.
        A biotrickling filter with a structured plastic packing carries selected sulphur-oxidising and VOC-degrading bacteria; automatic pH and nutrient dosing keeps the biofilm active under varying loads.
        municipal wastewater plants; composting and waste transfer stations; livestock farms; food processing plants
        hydrogen sulphide removal above 99%; operating cost 70% below chemical scrubbers; no hazardous chemicals stored; containerised units
        odour control; biofilter; hydrogen sulphide; biotrickling filter; air pollution
        """,
        """
        污水厂和垃圾处理设施臭气与硫化氢生物滴滤处理技术
        臭气治理
        污水处理厂、堆肥厂和养殖场散发的臭气引起周边投诉并影响排污许可，化学洗涤法运行费用高。
        生物滴滤塔采用规整塑料填料，接种经筛选的硫氧化菌和VOC降解菌，自动投加酸碱和营养盐使生物膜在负荷波动时保持活性。
        城镇污水处理厂；堆肥厂和垃圾转运站；养殖场；食品加工厂
        硫化氢去除率大于99%；运行费用比化学洗涤低70%；不储存危险化学品；集装箱式设备
        臭气治理；生物滤池；硫化氢；生物滴滤；大气污染
        """,
    ),
    concept(
        "zld-brine",
        "water-treatment chemicals energy-efficiency",
        """
        Zero-liquid-discharge treatment of high-salinity industrial brine with salt recovery
        zero liquid discharge
        Coal chemical, battery material and textile plants produce concentrated brine that cannot be discharged, and evaporating it to mixed salt creates hazardous waste.
        Nanofiltration separates sodium chloride from sodium sulphate streams, high-pressure reverse osmosis concentrates them, and mechanical vapour recompression crystallisers recover both salts at industrial purity.
        coal chemical plants; lithium and battery material producers; textile dyeing parks; power plant cooling water
        more than 95% of water recovered; salts sold as products instead of landfilled; energy use 30% lower than thermal evaporation alone; stable operation with scaling control
        zero liquid discharge; brine treatment; salt recovery; MVR evaporation; nanofiltration
        """,
        """
        高盐工业废水零排放及分盐资源化技术
        高盐废水零排放
        煤化工、电池材料和纺织企业产生的浓盐水无法排放，蒸发成杂盐又形成危险废物。
        纳滤分离氯化钠和硫酸钠，高压反渗透进一步浓缩，机械蒸汽再压缩结晶器分别回收两种工业级盐产品。
        煤化工企业；锂电和电池材料企业；印染园区；电厂循环水
        回收95%以上的水；盐作为产品销售而非填埋；能耗比单纯热蒸发低30%；防结垢稳定运行
        零排放；高盐废水；分盐；MVR蒸发；纳滤
        """,
    ),
    concept(
        "biochar-carbon-removal",
        "carbon-neutrality modern-agriculture forestry-ecology",
        """
        Pyrolysis of crop and forestry residues into biochar for certified carbon removal
        biochar carbon removal
        Crop straw and forestry residues are burnt in fields, causing air pollution, while the carbon they contain could be locked away and improve soils.
        A continuous pyrolysis kiln converts residues into stable biochar and uses the gas for process heat; biochar is applied to fields or concrete, and measurement and reporting follow carbon-removal certification methods.
        farm cooperatives; forestry companies; carbon removal buyers; concrete and fertiliser producers
        about 2.5 tonnes of CO2 removed per tonne of biochar; certified under recognised carbon-removal standards; surplus heat for drying or greenhouses; improves soil water retention
        biochar; carbon removal; pyrolysis; crop residues; soil carbon
        """,
        """
        农林废弃物热解制生物炭碳移除技术
        生物炭碳移除
        秸秆和林业剩余物在田间焚烧造成空气污染，而其中所含的碳本可被封存并改良土壤。
        连续式热解炉将废弃物转化为稳定的生物炭，热解气用于供热；生物炭施用于农田或混凝土，监测和报告遵循碳移除认证方法。
        农业合作社；林业企业；碳移除采购方；混凝土和肥料企业
        每吨生物炭移除约2.5吨二氧化碳；可按公认碳移除标准认证；余热用于干燥或温室；提高土壤保水能力
        生物炭；碳移除；热解；秸秆；土壤碳汇
        """,
    ),
    concept(
        "bipv-facade",
        "construction new-energy display",
        """
        Coloured building-integrated photovoltaic façade panels
        building-integrated photovoltaics
        Architects want façades that generate electricity, but standard solar modules look out of place on buildings and coloured panels lose too much output.
        A nanostructured interference coating on the front glass reflects a narrow band of visible light to create stable colours while transmitting most of the spectrum; panels are made as ventilated façade elements with standard fixings.
        office and residential façades; renovation of tower blocks; public buildings; façade system manufacturers
        power loss from colouring below 10%; colours stable over 25 years; certified as façade cladding for fire and mechanical safety; custom sizes and colours
        BIPV; building-integrated photovoltaics; solar façade; coloured solar module; green building
        """,
        """
        彩色光伏建筑一体化幕墙板
        光伏建筑一体化
        建筑师希望立面能够发电，但普通光伏组件与建筑风格不协调，彩色组件又损失过多发电量。
        前板玻璃上的纳米结构干涉镀膜只反射可见光中的窄波段以呈现稳定颜色，其余光谱大部分透过；组件制成采用标准挂件的通风幕墙单元。
        办公和住宅立面；高层住宅改造；公共建筑；幕墙系统企业
        着色导致的发电损失低于10%；色彩25年稳定；通过幕墙防火和力学安全认证；尺寸和颜色可定制
        光伏建筑一体化；BIPV；光伏幕墙；彩色光伏组件；绿色建筑
        """,
    ),
    concept(
        "parking-guidance",
        "smart-city iot ai",
        """
        Camera-based parking occupancy detection and guidance for cities
        smart parking
        Drivers searching for parking cause a large share of inner-city traffic, and in-ground sensors for every space are expensive to install and maintain.
        Cameras on lamp posts and buildings monitor dozens of spaces each; edge AI counts free spaces and detects illegal parking without storing images, and a city app and dynamic signs guide drivers.
        city parking departments; shopping centres and hospitals; airports; parking operators
        one camera covers up to 50 spaces; occupancy accuracy above 98%; images processed on the device for privacy; open API for navigation apps
        smart parking; parking guidance; edge AI; computer vision; urban mobility
        """,
        """
        基于摄像头的城市停车位检测与诱导系统
        智慧停车
        寻找车位的车辆占城市中心交通流量的很大比例，而为每个车位埋设地磁传感器安装和维护成本高。
        安装在灯杆和建筑上的摄像头每台可监测数十个车位，边缘AI在不存储图像的情况下统计空位并识别违停，城市App和诱导屏引导驾驶员。
        城市停车管理部门；购物中心和医院；机场；停车场运营商
        单台摄像头覆盖最多50个车位；车位状态识别准确率大于98%；图像在设备端处理保护隐私；开放API对接导航应用
        智慧停车；停车诱导；边缘AI；计算机视觉；城市交通
        """,
    ),
)
