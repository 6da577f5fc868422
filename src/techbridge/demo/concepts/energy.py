"""Concepts in energy: new energy, storage and batteries, grid, efficiency, oil and gas."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "li-battery-hydromet",
        "energy-storage recycling",
        """
        Hydrometallurgical recovery of lithium, cobalt and nickel from spent lithium-ion batteries
        spent lithium-ion battery recycling
        The first generation of electric-vehicle batteries is reaching end of life, and pyrometallurgical smelting loses most of the lithium, emits fluorinated gases and consumes large amounts of energy.
        The process leaches shredded black mass with dilute sulphuric acid and hydrogen peroxide, removes copper, aluminium and iron by selective precipitation, and separates nickel, cobalt and manganese by solvent extraction before lithium is recovered as battery-grade carbonate. Reagents and process water are recycled in a closed loop.
        battery recycling plants; cathode precursor producers; electric-vehicle manufacturers; energy-storage system operators
        more than 95% recovery of nickel and cobalt and more than 90% of lithium; battery-grade products that meet cathode specifications; 40% lower energy use than smelting; no fluorinated off-gas
        battery recycling; lithium-ion battery; hydrometallurgy; black mass; cobalt recovery; lithium carbonate
        """,
        """
        废旧锂离子电池湿法回收锂钴镍关键技术
        废旧锂电池回收
        新能源汽车动力电池已进入规模化退役期，传统火法冶炼回收锂的收率低、能耗高，并产生含氟废气，难以满足环保要求。
        本技术将破碎分选后的电池黑粉在硫酸-双氧水体系中浸出，通过选择性沉淀除去铜、铝、铁杂质，再采用萃取工艺分离镍、钴、锰，最终以电池级碳酸锂形式回收锂，药剂和工艺水闭路循环使用。
        动力电池回收企业；三元前驱体生产企业；新能源汽车整车厂；储能电站运营商
        镍钴回收率大于95%、锂回收率大于90%；产品达到电池级标准；能耗比火法工艺降低40%；无含氟废气排放
        锂电池回收；电池回收；湿法冶金；黑粉；钴回收；碳酸锂
        """,
    ),
    concept(
        "li-battery-direct-regeneration",
        "energy-storage recycling new-materials",
        """
        Direct regeneration of cathode materials from end-of-life lithium-ion batteries
        direct recycling of lithium-ion battery cathodes
        Breaking cathode materials down to metal salts and synthesising them again wastes most of the value and energy embodied in the crystal structure of used LFP and NMC cathodes.
        Cathode powder separated from spent cells is relithiated in a low-temperature molten-salt bath and given a short annealing step, restoring its layered or olivine structure and capacity without dissolving it. The regenerated powder can go straight back into electrode slurry.
        battery recyclers; cathode material manufacturers; LFP battery producers; energy-storage integrators
        restores more than 98% of the original specific capacity; 60% lower cost than hydrometallurgical routes; works for LFP and NMC chemistries; minimal chemical consumption
        direct recycling; cathode regeneration; relithiation; LFP; NMC; battery recycling
        """,
        """
        退役锂电池正极材料直接修复再生技术
        锂电池正极材料直接再生
        将退役磷酸铁锂和三元正极材料完全分解为金属盐后再重新合成，浪费了材料晶体结构中蕴含的大部分价值和能量，经济性差。
        从废旧电池中分离出的正极粉料在低温熔盐体系中补锂，再经短时退火修复其层状或橄榄石结构，恢复比容量，无需溶解即可直接回用于电极浆料。
        电池回收企业；正极材料生产企业；磷酸铁锂电池厂；储能系统集成商
        比容量恢复至原始值98%以上；成本比湿法回收降低60%；适用于磷酸铁锂和三元材料；化学品消耗极少
        电池回收；锂电池回收；正极修复；补锂；磷酸铁锂；直接再生
        """,
    ),
    concept(
        "battery-second-life",
        "energy-storage recycling smart-grid",
        """
        Grading and second-life reuse of retired electric-vehicle battery packs for stationary storage
        second-life use of retired EV batteries
        Retired traction batteries usually keep 70-80% of their capacity, but cells age unevenly and there is no fast, reliable way to sort them for a second life in stationary storage.
        A rapid impedance-spectroscopy test combined with a machine-learning model estimates the state of health of each module in under three minutes. Modules are regrouped by health class and managed by an active-balancing battery management system designed for mixed-age packs.
        commercial and industrial energy storage; telecom base station backup; photovoltaic self-consumption; low-speed vehicles
        state-of-health estimation error below 3%; sorting time under 3 minutes per module; storage system cost 40% below new cells; traceability of every module
        second-life battery; echelon utilisation; state of health; battery management system; energy storage; battery reuse
        """,
        """
        退役动力电池快速分选与梯次利用储能技术
        退役动力电池梯次利用
        退役动力电池通常仍保留70%～80%的容量，但电芯老化不一致，缺乏快速可靠的分选手段，制约了其在储能领域的梯次利用。
        采用快速交流阻抗谱检测结合机器学习模型，3分钟内估算单个模组的健康状态；按健康等级重组模组，并配套面向新旧混用电池包的主动均衡电池管理系统。
        工商业储能；通信基站备用电源；光伏自发自用；低速电动车
        健康状态估算误差小于3%；单模组分选时间小于3分钟；储能系统成本比新电芯低40%；模组全程可追溯
        梯次利用；电池回收；健康状态评估；电池管理系统；储能；退役电池
        """,
    ),
    concept(
        "battery-black-mass",
        "recycling energy-storage advanced-manufacturing",
        """
        Safe discharge, shredding and black-mass separation line for spent lithium-ion batteries
        mechanical pre-treatment of spent lithium-ion batteries
        Shredding charged lithium-ion batteries causes fires and releases toxic electrolyte vapours, and poor separation leaves copper and aluminium in the black mass, lowering the value of the recovered material.
        Batteries are discharged in a conductive brine-free medium, shredded under nitrogen, and the electrolyte is recovered by vacuum distillation. Air classification, eddy-current and density separation then produce a black mass with low copper and aluminium content plus clean metal foils and plastics.
        battery recycling plants; scrap metal processors; battery manufacturers handling production scrap; waste management companies
        no thermal runaway during shredding; electrolyte recovery above 85%; copper and aluminium in black mass below 1%; modular line from 2,000 to 20,000 tonnes per year
        battery recycling; black mass; shredding; electrolyte recovery; mechanical separation; lithium-ion battery
        """,
        """
        废旧锂电池安全放电破碎与黑粉分选成套装备
        废旧锂电池破碎分选
        带电破碎废旧锂电池易引发起火并释放有毒电解液蒸气，分选不彻底导致黑粉中铜铝杂质含量高，降低了回收材料的价值。
        电池在导电介质中安全放电后，于氮气保护下破碎，真空蒸馏回收电解液；再经气流分选、涡电流分选和比重分选，获得铜铝杂质含量低的黑粉以及洁净的铜箔、铝箔和塑料。
        电池回收工厂；废旧金属加工企业；处理生产废料的电池厂；固废处理企业
        破碎过程无热失控；电解液回收率大于85%；黑粉中铜铝含量低于1%；产线规模2000至20000吨/年可模块化配置
        电池回收；锂电池回收；黑粉；破碎分选；电解液回收；物理法回收
        """,
    ),
    concept(
        "sodium-ion-cells",
        "energy-storage new-materials",
        """
        Low-cost sodium-ion battery cells with hard-carbon anodes and layered oxide cathodes
        sodium-ion battery cells
        Lithium prices are volatile and lithium-ion cells perform poorly below -20 °C, which limits their use in low-cost stationary storage and cold climates.
        The cells pair a layered sodium transition-metal oxide cathode with a biomass-derived hard-carbon anode and an electrolyte formulated for low temperatures. They are produced on existing lithium-ion lines with minor changes.
        grid-scale energy storage; two-wheelers and micro-cars; start-stop batteries; cold-climate backup power
        energy density of 150 Wh/kg; more than 90% capacity retention at -20 °C; no lithium, cobalt or nickel; compatible with lithium-ion production equipment
        sodium-ion battery; hard carbon; layered oxide; energy storage; low temperature; battery cell
        """,
        """
        低成本钠离子电池电芯制备技术
        钠离子电池
        锂资源价格波动大，锂离子电池在零下20℃以下性能明显下降，限制了其在低成本储能和寒冷地区的应用。
        电芯采用层状过渡金属氧化物正极和生物质硬碳负极，配合低温电解液配方，可在现有锂电产线上经少量改造后生产。
        电网储能；电动两轮车与微型车；启停电源；寒冷地区备用电源
        能量密度150Wh/kg；零下20℃容量保持率大于90%；不含锂钴镍；兼容锂电生产设备
        钠离子电池；硬碳；层状氧化物；储能；低温性能；电芯
        """,
    ),
    concept(
        "solid-state-electrolyte",
        "energy-storage new-materials new-energy-vehicles",
        """
        Sulphide solid electrolyte and process for all-solid-state lithium batteries
        solid-state battery electrolyte
        Liquid electrolytes are flammable and limit the use of lithium-metal anodes; existing sulphide solid electrolytes are sensitive to moisture and hard to process at scale.
        A halogen-doped argyrodite electrolyte with high ionic conductivity is synthesised by a solvent-based route that yields thin, flexible separator films. A surface coating suppresses hydrogen sulphide release in dry-room conditions.
        electric vehicles; consumer electronics; aviation batteries; high-safety energy storage
        ionic conductivity above 10 mS/cm at room temperature; stable in dry-room air; films thinner than 30 µm; enables lithium-metal anodes
        solid-state battery; sulphide electrolyte; argyrodite; lithium metal; ionic conductivity
        """,
        """
        全固态锂电池硫化物固态电解质及其制备工艺
        固态电池电解质
        液态电解质易燃，限制了锂金属负极的应用；现有硫化物固态电解质对水分敏感，难以规模化加工。
        采用溶剂法合成卤素掺杂硫银锗矿型电解质，离子电导率高，可制成轻薄柔性的电解质膜；表面包覆层可抑制干燥间环境下硫化氢的释放。
        电动汽车；消费电子；航空电池；高安全储能
        室温离子电导率大于10mS/cm；在干燥间空气中稳定；膜厚小于30微米；可匹配锂金属负极
        固态电池；硫化物电解质；锂金属负极；离子电导率；储能电池
        """,
    ),
    concept(
        "vanadium-flow",
        "energy-storage smart-grid",
        """
        Long-duration vanadium redox flow battery stack with low-cost membranes
        long-duration flow battery storage
        Wind and solar farms need four to twelve hours of storage, where lithium-ion batteries degrade quickly and raise fire-safety concerns.
        A compact stack design with thin composite membranes and flow-field optimisation increases power density, while an electrolyte rebalancing system keeps capacity stable for more than 15,000 cycles.
        renewable energy plants; grid peak shaving; industrial parks; microgrids
        more than 15,000 cycles without capacity fade; non-flammable aqueous electrolyte; stack power density up 35%; electrolyte fully recyclable
        flow battery; vanadium redox; long-duration storage; membrane; grid storage
        """,
        """
        长时储能全钒液流电池电堆及低成本隔膜技术
        全钒液流电池长时储能
        风电和光伏电站需要4至12小时的长时储能，锂离子电池在该场景下衰减快，且存在消防安全隐患。
        紧凑型电堆设计结合薄型复合隔膜和流场优化提高功率密度，电解液再平衡系统保证15000次以上循环容量稳定。
        新能源电站；电网调峰；工业园区；微电网
        循环15000次以上容量无明显衰减；水系电解液不燃；电堆功率密度提高35%；电解液可完全回收
        液流电池；全钒液流；长时储能；隔膜；电网储能
        """,
    ),
    concept(
        "perovskite-tandem",
        "new-energy photonics new-materials",
        """
        Perovskite-silicon tandem solar cells with a stable wide-bandgap top cell
        perovskite-silicon tandem photovoltaics
        Crystalline silicon cells are approaching their practical efficiency limit, while perovskite cells still degrade too quickly under heat, light and humidity for commercial modules.
        A compositionally engineered wide-bandgap perovskite with a passivating interlayer is deposited by slot-die coating on textured silicon bottom cells. An encapsulation stack with edge sealant protects the module against moisture.
        utility-scale photovoltaic plants; building-integrated photovoltaics; rooftop solar; vehicle-integrated photovoltaics
        certified cell efficiency above 30%; less than 5% loss after 1,000 hours damp heat; scalable slot-die deposition; compatible with existing silicon lines
        perovskite; tandem solar cell; photovoltaic; efficiency; encapsulation
        """,
        """
        钙钛矿/晶硅叠层太阳能电池及稳定宽带隙顶电池技术
        钙钛矿叠层光伏电池
        晶硅电池效率已接近实际极限，而钙钛矿电池在热、光和湿度作用下衰减过快，难以用于商业组件。
        通过组分调控的宽带隙钙钛矿配合钝化界面层，采用狭缝涂布工艺沉积在绒面晶硅底电池上；配套边缘密封封装结构，阻隔水汽。
        大型光伏电站；光伏建筑一体化；屋顶光伏；车载光伏
        电池认证效率大于30%；双85湿热1000小时衰减小于5%；狭缝涂布可规模化；兼容现有晶硅产线
        钙钛矿；叠层电池；光伏；转换效率；封装
        """,
    ),
    concept(
        "pem-electrolyser",
        "new-energy carbon-neutrality chemicals",
        """
        Low-iridium PEM water electrolyser for green hydrogen production
        green hydrogen electrolysis
        Proton-exchange-membrane electrolysers follow variable renewable power well, but their iridium catalysts are scarce and expensive, which keeps green hydrogen costly.
        A nanostructured iridium-oxide catalyst supported on conductive ceramics cuts iridium loading by 80%, and a titanium porous transport layer made by sintering lowers ohmic losses. The stack operates at up to 3 A/cm².
        green hydrogen plants; refineries and ammonia producers; steel decarbonisation; hydrogen refuelling stations
        iridium loading below 0.3 mg/cm²; current density up to 3 A/cm²; responds to load changes within seconds; degradation below 5 µV/h
        hydrogen; PEM electrolyser; green hydrogen; iridium catalyst; water electrolysis
        """,
        """
        低铱PEM电解水制氢技术
        绿氢电解水制氢
        质子交换膜电解槽能很好地适应波动的可再生电力，但其铱催化剂稀缺昂贵，导致绿氢成本居高不下。
        以导电陶瓷为载体的纳米结构氧化铱催化剂使铱载量降低80%，烧结钛多孔传输层降低欧姆损耗，电堆可在3A/cm²电流密度下运行。
        绿氢项目；炼化与合成氨企业；钢铁脱碳；加氢站
        铱载量低于0.3mg/cm²；电流密度可达3A/cm²；秒级响应负荷变化；衰减率低于5µV/h
        氢能；PEM电解槽；绿氢；铱催化剂；电解水制氢
        """,
    ),
    concept(
        "floating-wind",
        "new-energy marine",
        """
        Floating offshore wind turbine foundation with passive motion damping
        floating offshore wind foundations
        Most of the world's offshore wind resource lies in water deeper than 60 metres, where fixed-bottom foundations are uneconomic and existing floating designs need heavy steel hulls.
        A semi-submersible concrete-steel hybrid hull with tuned heave plates damps wave-induced motion passively. The hull can be built in ordinary dry docks and towed to site with the turbine installed.
        deep-water offshore wind farms; shipyards and port fabricators; offshore engineering contractors; island power supply
        30% less steel than comparable semi-submersibles; pitch motion below 5 degrees in 50-year storms; quayside turbine installation; suitable for 15 MW turbines
        floating wind; offshore wind; semi-submersible; foundation; renewable energy
        """,
        """
        具有被动减振功能的漂浮式海上风电基础
        漂浮式海上风电基础
        全球大部分海上风能资源位于水深60米以上海域，固定式基础经济性差，现有漂浮式方案船体用钢量大。
        采用混凝土-钢混合半潜式船体，配合调谐垂荡板被动抑制波浪引起的运动；船体可在普通船坞建造，风机在码头安装后整体拖航至场址。
        深远海风电场；船厂及港口制造基地；海洋工程承包商；海岛供电
        用钢量比同类半潜式基础减少30%；50年一遇风暴下纵摇小于5度；风机码头安装；适配15兆瓦风机
        漂浮式风电；海上风电；半潜式；风电基础；可再生能源
        """,
    ),
    concept(
        "grid-forming-inverter",
        "smart-grid new-energy",
        """
        Grid-forming inverter control for weak grids with high renewable penetration
        grid-forming inverter control
        As synchronous generators retire, grids dominated by wind and solar inverters lose inertia and voltage support, causing oscillations and trips in weak grid areas.
        A virtual-synchronous-machine control algorithm lets inverters set voltage and frequency themselves, provide synthetic inertia and ride through faults. It runs as firmware on standard inverter controllers and was validated in hardware-in-the-loop tests.
        photovoltaic and wind plants; battery storage converters; island and microgrids; high-voltage DC links
        synthetic inertia with configurable time constant; fault ride-through compliant with grid codes; stable at short-circuit ratio below 1.5; firmware upgrade to existing hardware
        grid-forming; inverter; virtual synchronous machine; weak grid; inertia; power electronics
        """,
        """
        面向高比例新能源弱电网的构网型逆变器控制技术
        构网型逆变器控制
        随着同步发电机逐步退出，以风光逆变器为主的电网惯量和电压支撑能力下降，弱电网地区易出现振荡和脱网。
        基于虚拟同步机的控制算法使逆变器自主建立电压和频率，提供虚拟惯量并具备故障穿越能力；以固件形式运行于标准逆变器控制器，已完成硬件在环测试。
        光伏和风电场；储能变流器；海岛及微电网；柔性直流输电
        虚拟惯量时间常数可配置；故障穿越满足并网规范；短路比低于1.5时稳定运行；可对现有硬件升级固件
        构网型；逆变器；虚拟同步机；弱电网；惯量；电力电子
        """,
    ),
    concept(
        "cable-fault-location",
        "smart-grid instruments",
        """
        Online partial-discharge monitoring and fault location for underground power cables
        cable condition monitoring
        Failures of ageing underground cables cause long outages because faults are hard to locate and insulation degradation goes unnoticed until breakdown.
        High-frequency current transformers clamped on cable joints capture partial-discharge pulses, and a time-of-arrival algorithm locates them to within one metre. Trend analysis in the cloud ranks joints by risk.
        urban distribution grids; wind-farm export cables; industrial power networks; railway traction supply
        location accuracy within 1 metre; installation without outage; early warning months before failure; works on XLPE and paper-insulated cables
        partial discharge; cable monitoring; fault location; predictive maintenance; power cable
        """,
        """
        地下电力电缆局部放电在线监测与故障定位技术
        电缆局放在线监测
        老化地下电缆故障后定位困难、停电时间长，而绝缘劣化在击穿前往往不被察觉。
        在电缆接头处卡装高频电流互感器采集局部放电脉冲，利用到达时间差算法将放电点定位在1米以内；云端趋势分析对接头按风险排序。
        城市配电网；风电场送出电缆；工业电网；铁路牵引供电
        定位精度1米以内；安装无需停电；可提前数月预警；适用于交联聚乙烯及油纸绝缘电缆
        局部放电；电缆监测；故障定位；预测性维护；电力电缆
        """,
    ),
    concept(
        "dc-microgrid",
        "smart-grid energy-efficiency construction",
        """
        Building-level DC microgrid with solar, storage and bidirectional EV charging
        DC microgrids for buildings
        Buildings convert power from AC to DC many times for LEDs, electronics, photovoltaics and batteries, losing 5-15% of the energy in conversion stages.
        A 380 V DC bus connects rooftop photovoltaics, a battery, LED lighting, heat pumps and bidirectional EV chargers through modular converters. An energy management controller optimises self-consumption and demand charges.
        office buildings; logistics warehouses; schools and hospitals; EV charging hubs
        conversion losses reduced by up to 10%; 20% lower peak demand; plug-and-play converter modules; vehicle-to-building capability
        DC microgrid; energy management; photovoltaic; bidirectional charging; building energy
        """,
        """
        建筑直流微电网及光储充一体化技术
        建筑光储直柔系统
        建筑中的LED、电子设备、光伏和电池需要多次交直流转换，转换环节损失5%～15%的电能。
        以380V直流母线连接屋顶光伏、储能电池、LED照明、热泵和双向充电桩，采用模块化变换器；能量管理控制器优化自发自用和需量电费。
        办公楼宇；物流仓储；学校与医院；充电站
        转换损耗降低最多10%；峰值需量降低20%；变换器模块即插即用；支持车辆向建筑供电
        直流微电网；光储直柔；能量管理；双向充电；建筑节能
        """,
    ),
    concept(
        "waste-heat-orc",
        "energy-efficiency carbon-neutrality",
        """
        Compact organic Rankine cycle unit for low-temperature industrial waste heat
        power generation from low-temperature waste heat
        Large amounts of industrial heat between 80 and 200 °C are released to the atmosphere because conventional steam turbines cannot use it economically.
        A skid-mounted organic Rankine cycle unit with a low-global-warming-potential working fluid and a high-speed oil-free turbo-generator converts waste heat into electricity. It is delivered pre-assembled and monitored remotely.
        cement and glass plants; steelworks; chemical plants; biogas engines and compressor stations
        electrical efficiency up to 12% at 120 °C; payback under four years; oil-free magnetic bearings; unattended operation
        waste heat recovery; organic Rankine cycle; ORC; energy efficiency; turbo-generator
        """,
        """
        面向中低温工业余热的紧凑型有机朗肯循环发电机组
        中低温余热发电
        大量80～200℃的工业余热直接排放到大气中，传统蒸汽轮机无法经济地加以利用。
        撬装式有机朗肯循环机组采用低全球变暖潜值工质和高速无油透平发电机将余热转化为电能，整机预组装交付并支持远程监控。
        水泥和玻璃厂；钢铁企业；化工厂；沼气发动机及压气站
        120℃热源下发电效率可达12%；投资回收期小于4年；磁悬浮无油轴承；无人值守运行
        余热回收；有机朗肯循环；余热发电；节能；透平发电机
        """,
    ),
    concept(
        "industrial-heat-pump",
        "energy-efficiency carbon-neutrality food",
        """
        High-temperature industrial heat pump delivering steam up to 150 °C
        high-temperature heat pumps for process steam
        Food, paper and chemical plants burn natural gas to raise process steam, while large amounts of low-grade heat from cooling and drying are wasted.
        A two-stage heat pump using a natural refrigerant lifts waste heat at 40-80 °C to pressurised water or steam at up to 150 °C, with a mechanical vapour recompression stage for higher pressures.
        food and dairy processing; pulp and paper; breweries; chemical plants; district heating
        coefficient of performance above 2.5 at 150 °C; cuts gas consumption and CO2 emissions by up to 70%; natural refrigerant; modular 0.5-5 MW units
        heat pump; process steam; waste heat; decarbonisation; natural refrigerant
        """,
        """
        输出150℃蒸汽的高温工业热泵技术
        工业高温热泵制蒸汽
        食品、造纸和化工企业依靠燃烧天然气生产工艺蒸汽，而冷却和干燥过程中大量低品位热量被浪费。
        采用天然工质的两级热泵将40～80℃余热提升为最高150℃的加压热水或蒸汽，并可串联机械蒸汽再压缩以获得更高压力。
        食品与乳制品加工；造纸；啤酒厂；化工厂；区域供热
        150℃工况下能效比大于2.5；燃气消耗和二氧化碳排放降低最多70%；天然工质；0.5～5兆瓦模块化机组
        热泵；工艺蒸汽；余热利用；节能减碳；天然工质
        """,
    ),
    concept(
        "motor-efficiency",
        "energy-efficiency advanced-manufacturing",
        """
        Permanent-magnet synchronous reluctance motors with IE5 efficiency for pumps and fans
        ultra-efficient industrial motors
        Electric motors use nearly half of the world's electricity, and most pumps and fans in industry still run on old induction motors at fixed speed.
        A synchronous reluctance rotor assisted by ferrite magnets reaches IE5 efficiency without rare-earth materials. An integrated variable-speed drive with sensorless control fits standard IEC frames for direct replacement.
        water utilities; HVAC systems; compressors; industrial pumps and fans
        IE5 efficiency class; no rare-earth magnets; direct replacement in IEC frames; energy savings of 20-40% with speed control
        electric motor; IE5; synchronous reluctance; variable speed drive; energy efficiency
        """,
        """
        面向水泵风机的IE5超高效永磁辅助同步磁阻电机
        超高效节能电机
        电动机消耗了全球近一半的电力，工业中大部分水泵和风机仍由老旧异步电机定速驱动。
        铁氧体永磁辅助同步磁阻转子不使用稀土即可达到IE5能效等级；集成无传感器控制的变频驱动器，采用标准IEC机座，可直接替换。
        供水企业；暖通空调系统；空压机；工业水泵与风机
        IE5能效等级；不含稀土永磁；IEC机座直接替换；配合调速节能20%～40%
        电机；IE5；同步磁阻电机；变频驱动；节能
        """,
    ),
    concept(
        "oil-well-diagnosis",
        "oil-gas ai instruments",
        """
        Intelligent diagnosis of sucker-rod pumping wells from dynamometer cards
        automated diagnosis of rod-pumped oil wells
        Oilfields operate thousands of sucker-rod pumping wells, and engineers cannot inspect every dynamometer card in time to catch pump failures, gas lock or rod breaks.
        A convolutional neural network trained on more than 200,000 labelled dynamometer cards classifies 18 working conditions and recommends stroke and speed adjustments. It runs on edge gateways at the wellhead.
        onshore oilfields; mature field operators; oilfield service companies; artificial-lift equipment makers
        diagnosis accuracy above 95% for 18 conditions; reduces well downtime by 30%; edge deployment without stable network; energy savings through optimised pumping
        oilfield; sucker-rod pump; dynamometer card; fault diagnosis; artificial lift
        """,
        """
        基于示功图的抽油机井智能诊断技术
        抽油机井工况智能诊断
        油田有数以千计的抽油机井，技术人员难以及时查看每口井的示功图，泵漏、气锁和断杆等故障发现滞后。
        基于20万张标注示功图训练的卷积神经网络可识别18种工况，并给出冲程冲次调整建议，部署在井口边缘网关上运行。
        陆上油田；老油田运营商；油田技术服务公司；人工举升设备制造商
        18种工况诊断准确率大于95%；油井停机时间减少30%；无稳定网络也可边缘部署；优化抽汲实现节能
        油田；抽油机；示功图；故障诊断；人工举升
        """,
    ),
    concept(
        "methane-leak-detection",
        "oil-gas environmental-protection photonics",
        """
        Laser-based methane leak detection and quantification for gas infrastructure
        methane leak detection
        Methane leaking from wells, compressor stations and pipelines is a potent greenhouse gas and a safety risk, and regulations now require operators to find and quantify leaks.
        A tunable diode laser absorption spectrometer mounted on drones or fixed masts scans sites for methane plumes. Dispersion modelling with wind data converts concentrations into leak rates and pinpoints the source.
        gas pipelines and compressor stations; oil and gas production sites; landfills; LNG terminals
        detection limit of 1 ppm·m; leak-rate quantification with 20% uncertainty; drone survey of a site in under 15 minutes; automatic reporting
        methane; leak detection; TDLAS; emissions monitoring; drone
        """,
        """
        基于激光光谱的油气设施甲烷泄漏检测与定量技术
        甲烷泄漏检测
        油气井、压气站和管道泄漏的甲烷是强效温室气体，也是安全隐患，监管部门已要求企业发现并量化泄漏。
        可调谐半导体激光吸收光谱仪搭载于无人机或固定杆塔，对场站进行甲烷羽流扫描；结合风场数据的扩散模型将浓度换算为泄漏速率并定位泄漏源。
        天然气管道及压气站；油气生产场站；垃圾填埋场；液化天然气接收站
        检测下限1ppm·m；泄漏速率定量不确定度20%；无人机15分钟完成单个场站巡检；自动生成报告
        甲烷；泄漏检测；激光光谱；排放监测；无人机
        """,
    ),
    concept(
        "eor-nanofluid",
        "oil-gas chemicals new-materials",
        """
        Nanofluid flooding agent for enhanced oil recovery in low-permeability reservoirs
        enhanced oil recovery for tight reservoirs
        Water flooding recovers only a small share of the oil in low-permeability reservoirs, and polymer flooding agents cannot enter the fine pore throats.
        A nanofluid of surface-modified silica particles and a biodegradable surfactant alters rock wettability and lowers interfacial tension, mobilising residual oil. Particles are below 20 nm and pass through tight pore throats.
        low-permeability oilfields; shale oil; mature waterflooded fields; oilfield chemical suppliers
        incremental oil recovery of 8-15% in core flooding tests; works at salinity up to 200 g/L and 90 °C; biodegradable surfactant; low dosage
        enhanced oil recovery; nanofluid; wettability; surfactant; low permeability
        """,
        """
        低渗透油藏纳米流体驱油剂及提高采收率技术
        低渗油藏提高采收率
        低渗透油藏注水开发采收率低，聚合物驱油剂难以进入细小孔喉。
        由表面改性纳米二氧化硅颗粒和可生物降解表面活性剂组成的纳米流体可改变岩石润湿性、降低界面张力，驱动残余油；颗粒粒径小于20纳米，可通过致密孔喉。
        低渗透油田；页岩油；水驱老油田；油田化学品供应商
        岩心驱替实验提高采收率8%～15%；耐矿化度200g/L、耐温90℃；表面活性剂可生物降解；用量低
        提高采收率；纳米流体；润湿反转；表面活性剂；低渗透
        """,
    ),
    concept(
        "agrivoltaics",
        "new-energy modern-agriculture",
        """
        Agrivoltaic system with tracking bifacial panels that share light with crops
        agrivoltaics
        Solar farms compete with agriculture for land, and farmers fear losing yields and subsidies when panels shade their fields.
        Elevated single-axis trackers with bifacial modules are steered by an algorithm that balances electricity output against crop light needs by growth stage, also sheltering crops from hail, heat and heavy rain.
        fruit and vegetable farms; vineyards; livestock grazing land; solar developers seeking land
        land produces both food and electricity; crop yields maintained at 85-100% of open-field levels; protection against hail and heat stress; machinery can pass underneath
        agrivoltaics; bifacial solar; solar tracker; land use; photovoltaic farming
        """,
        """
        光伏与作物共享光照的跟踪式双面组件农光互补系统
        农光互补
        光伏电站与农业争地，农户担心组件遮光导致减产并失去补贴。
        高架单轴跟踪支架搭载双面组件，算法根据作物生育期在发电量和作物需光之间动态平衡，同时为作物遮挡冰雹、高温和暴雨。
        果蔬种植基地；葡萄园；放牧草场；寻找用地的光伏开发商
        同一土地既产粮又发电；作物产量保持露地水平的85%～100%；防雹防高温；农机可在组件下方通行
        农光互补；双面光伏；跟踪支架；土地利用；光伏农业
        """,
    ),
    concept(
        "virtual-power-plant",
        "smart-grid energy-storage big-data",
        """
        Virtual power plant platform aggregating distributed batteries, heat pumps and EVs
        virtual power plants
        Distributed solar, batteries, heat pumps and charging stations could help balance the grid, but each is too small to trade on electricity markets alone.
        The platform connects thousands of distributed assets, forecasts their flexibility with machine learning and bids the aggregated portfolio into energy, reserve and local flexibility markets, dispatching each asset within its owner's limits.
        utilities and energy retailers; aggregators; commercial building owners; industrial parks
        dispatch response within seconds; forecasting error of aggregated flexibility below 5%; open protocols (OpenADR, IEEE 2030.5); revenue sharing with asset owners
        virtual power plant; demand response; aggregation; flexibility market; distributed energy
        """,
        """
        聚合分布式储能、热泵和电动汽车的虚拟电厂平台
        虚拟电厂
        分布式光伏、储能、热泵和充电站本可帮助平衡电网，但单体规模太小，无法独立参与电力市场交易。
        平台接入数千个分布式资源，利用机器学习预测其可调节能力，将聚合后的资源组合申报电能量、备用和局部灵活性市场，并在业主设定的约束内调度每个资源。
        电网公司和售电公司；负荷聚合商；商业楼宇业主；工业园区
        秒级调度响应；聚合可调能力预测误差低于5%；支持OpenADR、IEEE 2030.5等开放协议；与资源业主分享收益
        虚拟电厂；需求响应；负荷聚合；灵活性市场；分布式能源
        """,
    ),
    concept(
        "compressed-air-leaks",
        "energy-efficiency instruments advanced-manufacturing",
        """
        Acoustic camera for locating and quantifying compressed-air and gas leaks
        compressed-air leak detection
        Leaks waste 20-30% of the compressed air in a typical factory, one of the most expensive forms of energy on site, and they are hard to find in noisy halls.
        A handheld acoustic camera with a 64-microphone array visualises ultrasonic leak noise on a live image, estimates the leak rate and cost, and creates a tagged repair list with photos.
        manufacturing plants; food and beverage factories; energy auditors; gas distribution and chemical plants
        leaks found from 10 metres away in noisy environments; leak rate and annual cost estimated automatically; typical payback in weeks; also detects partial discharge in electrical equipment
        compressed air; leak detection; acoustic camera; ultrasound; energy audit
        """,
        """
        压缩空气与气体泄漏定位及量化声学成像仪
        压缩空气泄漏检测
        典型工厂中20%～30%的压缩空气因泄漏而浪费，而压缩空气是厂内最昂贵的能源之一，在嘈杂车间中漏点又很难找到。
        手持式声学成像仪采用64麦克风阵列，将超声泄漏噪声叠加在实时画面上，估算泄漏量和费用，并生成带照片标注的维修清单。
        制造工厂；食品饮料工厂；节能审计机构；燃气和化工企业
        在嘈杂环境中10米外发现漏点；自动估算泄漏量和年损失费用；投资通常数周收回；还可检测电气设备局部放电
        压缩空气；泄漏检测；声学成像；超声波；能源审计
        """,
    ),
    concept(
        "pipeline-inspection-pig",
        "oil-gas instruments robotics",
        """
        Inline inspection tool for unpiggable pipelines with self-propelled crawler
        inspection of unpiggable pipelines
        Many older gas and oil pipelines have tight bends, valves and diameter changes that conventional inspection pigs cannot pass, leaving corrosion undetected.
        A self-propelled crawler with electromagnetic acoustic transducers and a laser profilometer travels through live or depressurised lines, negotiates bends and diameter changes and maps wall loss and dents.
        gas distribution utilities; refinery and terminal piping; offshore risers; district heating networks
        passes 1.5D bends and diameter changes; wall-thickness accuracy of ±0.2 mm; operates in live gas lines; tethered range up to 2 km
        pipeline inspection; in-line inspection; crawler robot; EMAT; corrosion
        """,
        """
        适用于不可清管管道的自驱式爬行内检测装置
        不可清管管道内检测
        许多老旧油气管道存在急弯、阀门和变径，常规清管检测器无法通过，腐蚀难以发现。
        搭载电磁超声换能器和激光轮廓仪的自驱式爬行器可在带压或泄压管道内行进，通过弯头和变径段，绘制壁厚减薄和凹陷分布图。
        城市燃气企业；炼厂和油库管道；海上立管；集中供热管网
        可通过1.5D弯头和变径；壁厚测量精度±0.2毫米；可在带压燃气管道内作业；线缆牵引距离最长2公里
        管道检测；内检测；爬行机器人；电磁超声；腐蚀
        """,
    ),
)
