<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraScene</name>
    <message>
        <location filename="../modules/videowall/CameraScene.qml" line="+50"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture (stalled)</source>
        <translation>无画面（卡顿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera unavailable</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last picture %1</source>
        <translation>最后画面 %1</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../modules/scenario/querybuilder.cpp" line="+34"/>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case_events</source>
        <translation>案件流转记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>物联设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>readings</source>
        <translation>传感读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>responsibility_grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicles</source>
        <translation>车辆轨迹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kpi_facts</source>
        <translation>考核事实</translation>
    </message>
</context>
<context>
    <name>DatasetField</name>
    <message>
        <location filename="../app/store/datasetcatalog.cpp" line="+23"/>
        <location line="+29"/>
        <location line="+81"/>
        <source>Case id</source>
        <translation>案件编号(内部)</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+29"/>
        <source>Case number</source>
        <translation>案卷号</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+110"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>Component or matter</source>
        <translation>部件/事件</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+32"/>
        <location line="+16"/>
        <location line="+62"/>
        <source>Class</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+35"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+35"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+47"/>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+25"/>
        <location line="+9"/>
        <location line="+47"/>
        <location line="+25"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+35"/>
        <location line="+15"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+94"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Filed</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>派遣时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline of the step</source>
        <translation>环节时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision level</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Reworks</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+46"/>
        <location line="+23"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+8"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component id</source>
        <translation>部件编码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maintained by</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level (district, street, community, unit grid)</source>
        <translation>层级（区、街道、社区、单元网格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>上级区域</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed (km/h)</source>
        <translation>车速（公里/小时）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filed (0: not)</source>
        <translation>立案时间（0：未立案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (0: not)</source>
        <translation>结案时间（0：未结案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on time</source>
        <translation>按期结案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public report confirmed</source>
        <translation>公众举报属实</translation>
    </message>
</context>
<context>
    <name>DemoCityWindow</name>
    <message>
        <location filename="../qml/DemoCityWindow.qml" line="+16"/>
        <source>Yiwang: first start</source>
        <translation>一网统管：首次启动</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First start: the demo city of Changsha</source>
        <translation>首次启动：长沙演示城市</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No database was given, so Yiwang creates its embedded database with a demo city built on Changsha&apos;s five core districts: unit grids, departments, people, components and a year of cases. The full city has the real platform&apos;s scale (about 16,000 unit grids, 2.9 million components, 330,000 cases) and takes one to two minutes; the small one takes seconds.</source>
        <translation>未指定数据库，一网统管将创建内置数据库，并在长沙五个中心城区的基础上生成演示城市：单元网格、部门、人员、部件和一年的案件。完整规模与真实平台相当（约 16,000 个单元网格、290 万个部件、33 万件案件），需要一到两分钟；小规模只需几秒。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Build the full city</source>
        <translation>生成完整规模城市</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build a small city (1/50)</source>
        <translation>生成小规模城市（1/50）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 … %2 s</source>
        <translation>%1 … %2 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo city could not be built: %1</source>
        <translation>演示城市生成失败：%1</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <location filename="../modules/dispatch/DispatchPage.qml" line="+37"/>
        <source>Add photos to the case</source>
        <translation>为案件添加照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case  (Ctrl+N)</source>
        <translation>新建案件（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search number, class, place  ( / )</source>
        <translation>搜索案件号、类别、地点（/）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ticked: actions apply to all (Esc clears)</source>
        <translation>已勾选 %1 件：操作将作用于全部（Esc 取消）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+150"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+149"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+148"/>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+141"/>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Board</source>
        <translation>看板标记</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Dispute</source>
        <translation>确权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted %1</source>
        <translation>静音至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proposed: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acknowledge  (Ctrl+K)</source>
        <translation>确认  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to wall</source>
        <translation>送上大屏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute…  (Ctrl+M)</source>
        <translation>静音…  (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged by %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muted until %1</source>
        <translation>静音至 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared note for every workstation (Ctrl+E, Enter saves)</source>
        <translation>共享备注，所有席位可见（Ctrl+E，回车保存）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opinion or reason  (Ctrl+I)</source>
        <translation>处理意见或理由  (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Extension (hours)</source>
        <translation>延期时长（小时）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Near a boundary: %1 m from a grid that %2 owns. Alt+1 keeps the proposed owner; Ctrl+O gives it to %2.</source>
        <translation>靠近权属边界：距 %2 负责的网格 %1 米。Alt+1 按建议单位派遣；Ctrl+O 改派 %2。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add photo…  (Ctrl+P)</source>
        <translation>添加照片…  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
</context>
<context>
    <name>DispatchSettingsPage</name>
    <message>
        <location filename="../modules/dispatch/DispatchSettingsPage.qml" line="+13"/>
        <source>Queue board</source>
        <translation>队列看板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A case turns yellow when this share of its step&apos;s time limit is used, and red when the limit has passed.</source>
        <translation>案件用去所处环节时限的这一比例时变黄，超过时限时变红。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yellow at %1 %</source>
        <translation>用去 %1 % 时变黄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When dispatching, say who owns the other side of a boundary of ownership within this distance of the case (0: never).</source>
        <translation>派遣时，若案件距权属边界在此距离以内，提示边界另一侧的责任单位（0：不提示）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>metres</source>
        <translation>米</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../modules/scenario/EditorPanel.qml" line="+21"/>
        <source>KPI tile</source>
        <translation>指标卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line chart</source>
        <translation>折线图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bar chart</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area chart</source>
        <translation>面积图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pie chart</source>
        <translation>饼图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest cases</source>
        <translation>最新案件滚动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+112"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Camera</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Scenario title</source>
        <translation>场景名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Screen</source>
        <translation>屏幕尺寸</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall (dark)</source>
        <translation>大屏（深色）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk (light)</source>
        <translation>桌面（浅色）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh (s)</source>
        <translation>刷新间隔（秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a widget</source>
        <translation>添加组件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected: %1 (%2)</source>
        <translation>已选：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a widget to change it; Ctrl+click selects more.</source>
        <translation>单击组件进行修改；Ctrl+单击可多选。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image file</source>
        <translation>图片文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amber, red at</source>
        <translation>黄、红预警值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with the period before</source>
        <translation>与上一周期对比</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time bucket</source>
        <translation>时间粒度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distinct</source>
        <translation>去重计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum</source>
        <translation>最小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 7 days</source>
        <translation>近7日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last 30 days</source>
        <translation>近30日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top</source>
        <translation>前N条</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>value, or {control}</source>
        <translation>值，或 {控件名}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove this source</source>
        <translation>删除此数据源</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../modules/evaluation/EvaluationPage.qml" line="+31"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 通报 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Report (Ctrl+S)</source>
        <translation>导出通报 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>vs before %1</source>
        <translation>环比 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Score</source>
        <translation>综合</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Closure rate %</source>
        <translation>结案率 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time closure %</source>
        <translation>按期结案率 %</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Classes</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot spots</source>
        <translation>热点社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Reports</source>
        <translation>上报数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/FirstRunPage.qml" line="+33"/>
        <source>First start: create the administrator</source>
        <translation>首次启动：创建系统管理员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no users yet. The administrator creates the other accounts.</source>
        <translation>%1 中还没有用户。系统管理员负责创建其他账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password (8 or more characters, letters and digits)</source>
        <translation>密码（至少 8 位，含字母和数字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../modules/scenario/ImageView.qml" line="+19"/>
        <source>Cannot show %1</source>
        <translation>无法显示 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image</source>
        <translation>请选择图片</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../modules/dispatch/IntakePanel.qml" line="+42"/>
        <source>Photos of the report</source>
        <translation>上报照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class: name, pinyin initials or code, e.g. 暴露垃圾, bllj or 06010</source>
        <translation>类别：名称、拼音首字母或编码，如 暴露垃圾、bllj 或 06010</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Place: longitude, latitude (e.g. 112.9823, 28.1963), a component code, or a community or street name</source>
        <translation>地点：经度, 纬度（如 112.9823, 28.1963）、部件编码，或社区、街道名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the caller reports</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller&apos;s name (optional)</source>
        <translation>反映人姓名（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos…  (Ctrl+P)</source>
        <translation>照片…  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no photos</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report  (Ctrl+Enter)</source>
        <translation>上报（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed owner</source>
        <translation>建议责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no routing rule: the dispatcher chooses</source>
        <translation>无派遣规则：由派遣员选择</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates: merge instead of filing twice</source>
        <translation>可能重复：请合并，勿重复立案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filed as a repeat of %1 and merged into it</source>
        <translation>已作为 %1 的重复上报登记并合并</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 · %3 m away</source>
        <translation>%1 · %2 · 相距 %3 米</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into it  (Ctrl+%1)</source>
        <translation>合并到此案  (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>KpiTileView</name>
    <message>
        <location filename="../modules/scenario/KpiTileView.qml" line="+40"/>
        <source>vs. period before</source>
        <translation>较上期</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/LoginPage.qml" line="+29"/>
        <source>City Management Command Center</source>
        <translation>城市运行管理指挥中心</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+11"/>
        <source>Yiwang City Management Command Center</source>
        <translation>一网统管 · 城市运行管理指挥中心</translation>
    </message>
</context>
<context>
    <name>OneMapPage</name>
    <message>
        <location filename="../modules/onemap/OneMapPage.qml" line="+39"/>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Measuring (M ends): click the points.</source>
        <translation>量算中（按 M 结束）：依次点击各点。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length %1</source>
        <translation>长度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area %1</source>
        <translation>面积 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>drawing %1 tiles…</source>
        <translation>正在绘制 %1 个瓦片…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case number, component or grid code, place  ( / )</source>
        <translation>案件号、部件或网格编码、地名  ( / )</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG  (Ctrl+S)</source>
        <translation>导出 PNG  (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print PDF  (Ctrl+P)</source>
        <translation>打印 PDF  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to wall</source>
        <translation>送上大屏</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>End replay</source>
        <translation>结束回放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay a day  (Ctrl+R)</source>
        <translation>回放某日  (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 cases</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drag to change the order; the top layer is drawn over the others</source>
        <translation>拖动调整顺序；上面的图层压在下面的图层之上</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1 up</source>
        <translation>上移%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move %1 down</source>
        <translation>下移%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Here</source>
        <translation>此处</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report a case here</source>
        <translation>在此上报案件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open in dispatch</source>
        <translation>在指挥协调中打开</translation>
    </message>
</context>
<context>
    <name>OneMapSettingsPage</name>
    <message>
        <location filename="../modules/onemap/OneMapSettingsPage.qml" line="+13"/>
        <source>Layers shown</source>
        <translation>显示的图层</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in the map&apos;s layer panel; this workstation keeps them for the next start.</source>
        <translation>与一张图的图层面板相同；本工作站下次启动时沿用。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Raster map servers</source>
        <translation>栅格地图服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basemaps from XYZ tile, WMS or WMTS servers (the city&apos;s QGIS Server, a surveying bureau&apos;s imagery). They apply when Yiwang starts next.</source>
        <translation>来自 XYZ 瓦片、WMS 或 WMTS 服务的底图（本市的 QGIS Server、测绘部门的影像）。下次启动一网统管时生效。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Basemap %1</source>
        <translation>底图 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>http://…/{z}/{x}/{y}.png or the WMS address</source>
        <translation>http://…/{z}/{x}/{y}.png 或 WMS 地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers (WMS, WMTS)</source>
        <translation>图层名（WMS、WMTS）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add server</source>
        <translation>添加服务</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../modules/overview/OverviewPage.qml" line="+17"/>
        <source>Duty overview</source>
        <translation>值班总览</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>案件总数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cases by state</source>
        <translation>案件状态分布</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Live activity</source>
        <translation>实时动态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No activity yet. Changes from every workstation appear here as they happen.</source>
        <translation>暂无动态。各席位的案件变化会实时显示在这里。</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <location filename="../modules/training/ReplayView.qml" line="+18"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the day…</source>
        <translation>正在读取当日记录…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open %1 · reported %2 · closed %3</source>
        <translation>在办 %1 · 当日上报 %2 · 当日结案 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Board (read-only)</source>
        <translation>案件看板（只读）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The last half hour</source>
        <translation>最近半小时</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <location filename="../modules/scenario/ScenarioPage.qml" line="+23"/>
        <location line="+5"/>
        <source>Scenario (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish this scenario</source>
        <translation>发布场景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed (for the history)</source>
        <translation>本次修改说明（记入历史）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Scenario to show</source>
        <translation>要显示的场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F11; Esc leaves</source>
        <translation>F11；按 Esc 退出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk screen 1920×1080</source>
        <translation>桌面屏 1920×1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video wall 7680×2160</source>
        <translation>大屏 7680×2160</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to wall</source>
        <translation>送上大屏</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clear filters (Esc)</source>
        <translation>清除联动筛选 (Esc)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cases: %1 (%2)</source>
        <translation>案件：%1（%2件）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>r%1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From revision %1 to the draft</source>
        <translation>第%1版与当前草稿的差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a revision to see what the draft changes.</source>
        <translation>单击一个版本，查看当前草稿改了什么。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="+12"/>
        <source>Settings of this workstation</source>
        <translation>本工作站的设置</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No module offers settings.</source>
        <translation>没有模块提供设置。</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <location filename="../qml/ShellPage.qml" line="+23"/>
        <source>Yiwang</source>
        <translation>一网统管</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City Management Command Center</source>
        <translation>城市运行管理指挥中心</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No modules</source>
        <translation>无可用模块</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No module is available. See the status bar for why.</source>
        <translation>没有可用的功能模块，原因见状态栏。</translation>
    </message>
</context>
<context>
    <name>StartupErrorPage</name>
    <message>
        <location filename="../qml/StartupErrorPage.qml" line="+29"/>
        <source>The command center cannot start</source>
        <translation>指挥中心无法启动</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written to the database. Check the --db option, or run “yiwang-admin check --db …” for details.</source>
        <translation>数据库未被写入任何内容。请检查 --db 参数，或运行 “yiwang-admin check --db …” 查看详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/StatusBar.qml" line="+22"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection lost, retrying…</source>
        <translation>连接中断，正在重试…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n module(s) did not start</source>
        <translation>
            <numerusform>%n 个模块未能启动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workstation %1</source>
        <translation>席位 %1</translation>
    </message>
</context>
<context>
    <name>TrainingMark</name>
    <message>
        <location filename="../qml/TrainingMark.qml" line="+22"/>
        <source>TRAINING — exercise data, not the city&apos;s</source>
        <translation>实训 —— 演练数据，非城市真实情况</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../modules/training/TrainingPage.qml" line="+27"/>
        <source>Training</source>
        <translation>实训</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise time %1 · minute %2</source>
        <translation>演练时间 %1 · 第 %2 分钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls are taken at the intake desk (指挥协调 → 受理); the cases are worked on the board.</source>
        <translation>来电请在受理台录入（指挥协调 → 受理），案件在案件看板上办理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls and notices</source>
        <translation>来电与通知</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Training console</source>
        <translation>实训控制台</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>minute %1 of %2</source>
        <translation>第 %1 / %2 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in as a trainer to run exercises.</source>
        <translation>请以培训教员身份登录后组织演练。</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+86"/>
        <source>Exercise</source>
        <translation>演练科目</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Replay a day</source>
        <translation>复盘回放</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open a file…</source>
        <translation>打开科目文件…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from %1 · %2 min · %3 reports · %4 events</source>
        <translation>%1 开始 · %2 分钟 · %3 条上报 · %4 个事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Prepare the seats</source>
        <translation>准备学员席位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By hand</source>
        <translation>人工注入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put in now</source>
        <translation>立即注入</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>lon, lat</source>
        <translation>经度, 纬度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A report of your own…</source>
        <translation>自拟上报内容…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tell every trainee…</source>
        <translation>通知全体学员…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seats</source>
        <translation>学员席位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>操作数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Seat: %1</source>
        <translation>席位：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an exercise and trainees, then prepare the seats.</source>
        <translation>请选择演练科目和学员，然后准备席位。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trainee&apos;s board</source>
        <translation>学员案件看板</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No open case.</source>
        <translation>暂无在办案件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debrief: %1 — %2 points</source>
        <translation>讲评：%1 —— %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>讲评</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+16"/>
        <source>Choose a seat.</source>
        <translation>请选择一个席位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✗ expected %1</source>
        <translation>✗ 应为 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exercises (*.json)</source>
        <translation>演练科目 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../modules/scenario/VideoView.qml" line="+22"/>
        <source>Camera %1</source>
        <translation>视频：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera (set by the video wall)</source>
        <translation>视频（由大屏指定）</translation>
    </message>
</context>
<context>
    <name>WallPanelPage</name>
    <message>
        <location filename="../modules/videowall/WallPanelPage.qml" line="+21"/>
        <source>Video wall</source>
        <translation>大屏</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preset: %1</source>
        <translation>预案：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (changed)</source>
        <translation>（已改动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No preset</source>
        <translation>无预案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>日间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Monitors</source>
        <translation>显示单元</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>lost</source>
        <translation>信号丢失</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Presets</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cameras</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>playing</source>
        <translation>播放中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stalled</source>
        <translation>卡顿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workstation and the wall</source>
        <translation>本工作站与大屏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall address</source>
        <translation>大屏地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to monitors</source>
        <translation>送屏位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole wall, or A4:B4</source>
        <translation>整屏，或 A4:B4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>WallSurface</name>
    <message>
        <location filename="../app/walldisplay/WallSurface.qml" line="+95"/>
        <source>%1 · alarm %2</source>
        <translation>%1 · 报警 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more</source>
        <translation>另有 %1 条</translation>
    </message>
</context>
<context>
    <name>WidgetFrame</name>
    <message>
        <location filename="../modules/scenario/WidgetFrame.qml" line="+49"/>
        <source>stale · %1</source>
        <translation>数据已过时 · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing in this period</source>
        <translation>本时段无数据</translation>
    </message>
</context>
<context>
    <name>yw::app::DemoCitySetup</name>
    <message>
        <location filename="../app/yiwang/democitysetup.cpp" line="+30"/>
        <source>Creating the database</source>
        <translation>正在创建数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dividing the city into streets, communities and unit grids</source>
        <translation>正在划分街道、社区和单元网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up departments, routing rules and people</source>
        <translation>正在设置部门、派遣规则和人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveying the components</source>
        <translation>正在普查部件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the city into the database</source>
        <translation>正在写入数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running a year of cases through the workflow</source>
        <translation>正在按业务流程生成一年的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing sensors, cameras and vehicles</source>
        <translation>正在部署传感器、摄像头和车辆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>yw::core</name>
    <message>
        <location filename="../app/core/coreenums.cpp" line="+17"/>
        <source>Intake operator</source>
        <translation>受理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatcher</source>
        <translation>派遣员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift leader</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department handler</source>
        <translation>专业部门处置人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>培训教员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending filing</source>
        <translation>待立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension requested</source>
        <translation>延期申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return requested</source>
        <translation>退回申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension requested</source>
        <translation>挂账申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>已挂账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>核查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Check passed</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Self-handled</source>
        <translation>自行处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void requested</source>
        <translation>作废申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filed</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for verification</source>
        <translation>派发核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm on site</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on site</source>
        <translation>核实不属实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge as duplicate</source>
        <translation>合并重复案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not file</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take on</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report handling result</source>
        <translation>处置反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse extension</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request return</source>
        <translation>申请退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve return</source>
        <translation>批准退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse return</source>
        <translation>驳回退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request suspension</source>
        <translation>申请挂账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve suspension</source>
        <translation>批准挂账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse suspension</source>
        <translation>驳回挂账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from suspension</source>
        <translation>挂账恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for check</source>
        <translation>派发核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check failed: rework</source>
        <translation>核查不通过（返工）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled on the spot</source>
        <translation>自行处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve self-handling</source>
        <translation>批准自行处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse self-handling</source>
        <translation>驳回自行处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request void</source>
        <translation>申请作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve void</source>
        <translation>批准作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse void</source>
        <translation>驳回作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspector patrol</source>
        <translation>监督员巡查上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345 hotline</source>
        <translation>12345 政务服务热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12319 hotline</source>
        <translation>12319 城建服务热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public app</source>
        <translation>公众 APP 上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video AI</source>
        <translation>视频智能识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IoT alarm</source>
        <translation>物联网告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader assignment</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体曝光</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open311</source>
        <translation>Open311 接口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>特急</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>yw::core::Workflow</name>
    <message>
        <location filename="../app/core/workflow.cpp" line="+83"/>
        <source>Give a reason or an opinion.</source>
        <translation>请填写理由或意见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the department that owns the case.</source>
        <translation>请指定负责此案件的部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case belongs to another department.</source>
        <translation>此案件属于其他部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report from this channel must be verified on site first.</source>
        <translation>此渠道的上报须先经现场核实。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inspector found no such problem on site.</source>
        <translation>监督员现场核实不存在此问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another inspector was asked to do this.</source>
        <translation>此任务已指派给其他监督员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the inspector who reported it may handle it on the spot.</source>
        <translation>只有上报的监督员可以自行处置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how much more time is needed.</source>
        <translation>请填写需要延长的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the case this one repeats.</source>
        <translation>请指定与之重复的案件。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not possible while the case is %2.</source>
        <translation>案件处于“%2”状态时不能%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs the role of %2.</source>
        <translation>“%1”需要%2角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case lies outside the areas you act for.</source>
        <translation>此案件不在您负责的区域内。</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::CaseActions</name>
    <message>
        <location filename="../modules/dispatch/caseactions.cpp" line="+105"/>
        <location line="+69"/>
        <source>Nothing to do.</source>
        <translation>没有可执行的操作。</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n case(s) done.</source>
        <translation>
            <numerusform>%1：已完成 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 done, %3 refused. %4</source>
        <translation>%1：完成 %2 件，拒绝 %3 件。%4</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1: %n case(s).</source>
        <translation>
            <numerusform>%1：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muted for %1 min</source>
        <translation>静音 %1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmuted</source>
        <translation>已取消静音</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note saved</source>
        <translation>备注已保存</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::CaseDetail</name>
    <message>
        <location filename="../modules/dispatch/casedetail.cpp" line="+187"/>
        <source>Supervised (level 1)</source>
        <translation>督办（一级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised closely (level 2)</source>
        <translation>重点督办（二级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised by the leaders (level 3)</source>
        <translation>领导督办（三级）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to do.</source>
        <translation>没有可执行的操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 超过 10 MB。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photo %1 added.</source>
        <translation>照片 %1 已添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmuted</source>
        <translation>已取消静音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::CaseQueue</name>
    <message>
        <location filename="../modules/dispatch/casequeue.cpp" line="+137"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership disputes</source>
        <translation>确权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::CaseQueueModel</name>
    <message>
        <location filename="../modules/dispatch/casequeuemodel.cpp" line="+137"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 working h</source>
        <translation>%1 工作小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 working days</source>
        <translation>%1 工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::DispatchModule</name>
    <message>
        <location filename="../modules/dispatch/dispatchmodule.cpp" line="+16"/>
        <source>Dispatch</source>
        <translation>指挥协调</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queue board</source>
        <translation>队列看板</translation>
    </message>
</context>
<context>
    <name>yw::dispatch::IntakeDesk</name>
    <message>
        <location filename="../modules/dispatch/intakedesk.cpp" line="+106"/>
        <source>No community, street or district is called &quot;%1&quot;. Give the place as &quot;longitude, latitude&quot;, a component code or a place name.</source>
        <translation>没有名为“%1”的社区、街道或区。请输入“经度, 纬度”、部件编码或地名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; could be: %2. Type more of the name.</source>
        <translation>“%1”可能是：%2。请输入更完整的名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where is it? Give the place.</source>
        <translation>请填写问题地点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the class of the problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 超过 10 MB。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 不是 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>repeat of %1</source>
        <translation>%1 的重复上报</translation>
    </message>
</context>
<context>
    <name>yw::evaluation::CaseDrillDown</name>
    <message numerus="yes">
        <location filename="../modules/evaluation/casedrilldown.cpp" line="+136"/>
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (the first %1 shown)</source>
        <translation>（显示前 %1 件）</translation>
    </message>
</context>
<context>
    <name>yw::evaluation::EvaluationFigures</name>
    <message>
        <location filename="../modules/evaluation/evaluationfigures.cpp" line="+82"/>
        <source>%1: the last %2 periods</source>
        <translation>%1：近 %2 期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>yw::evaluation::EvaluationModule</name>
    <message>
        <location filename="../modules/evaluation/evaluationmodule.cpp" line="+14"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
</context>
<context>
    <name>yw::evaluation::EvaluationWorkspace</name>
    <message>
        <location filename="../modules/evaluation/evaluationworkspace.cpp" line="+108"/>
        <source>%1 cases evaluated, as of %2</source>
        <translation>已评价 %1 件，截至 %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Reading the evaluation facts…</source>
        <translation>正在读取评价数据…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bringing the evaluation facts up to date: %1 of %2 cases</source>
        <translation>正在更新评价数据：%1 / %2 件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The figures are not ready yet.</source>
        <translation>数据尚未就绪。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a .pdf, .xlsx or .csv file.</source>
        <translation>请选择 .pdf、.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>yw::intake::IntakeService</name>
    <message>
        <location filename="../app/intake/intakeservice.cpp" line="+30"/>
        <source>No surveyed component %1.</source>
        <translation>没有普查编码为 %1 的部件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(%1, %2) lies outside the city&apos;s unit grids.</source>
        <translation>（%1, %2）不在本市的单元网格内。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A report needs a place: a point, a component or an area.</source>
        <translation>上报需要位置：坐标点、部件或区域。</translation>
    </message>
</context>
<context>
    <name>yw::onemap::AreaLayerLoader</name>
    <message>
        <location filename="../modules/onemap/arealayerloader.cpp" line="+27"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 shown, %2 broken shapes skipped</source>
        <translation>显示 %1 个，跳过 %2 个损坏图形</translation>
    </message>
</context>
<context>
    <name>yw::onemap::CaseNumberFilter</name>
    <message>
        <location filename="../modules/onemap/casenumberfilter.cpp" line="+25"/>
        <source>No case %1 with a place.</source>
        <translation>没有带位置的案件 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
</context>
<context>
    <name>yw::onemap::ComponentCodeFilter</name>
    <message>
        <location filename="../modules/onemap/componentcodefilter.cpp" line="+21"/>
        <source>No component %1.</source>
        <translation>没有部件 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component %1</source>
        <translation>部件 %1</translation>
    </message>
</context>
<context>
    <name>yw::onemap::ComponentLayerLoader</name>
    <message>
        <location filename="../modules/onemap/componentlayerloader.cpp" line="+26"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>yw::onemap::DayReplay</name>
    <message>
        <location filename="../modules/onemap/dayreplay.cpp" line="+36"/>
        <source>&quot;%1&quot; is not a day (yyyy-MM-dd).</source>
        <translation>“%1”不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of %2, %3</source>
        <translation>%3：%2 件中的 %1 件</translation>
    </message>
</context>
<context>
    <name>yw::onemap::DeviceLayerLoader</name>
    <message>
        <location filename="../modules/onemap/devicelayerloader.cpp" line="+142"/>
        <source>%1 at %2</source>
        <translation>%2 时 %1 辆</translation>
    </message>
</context>
<context>
    <name>yw::onemap::GridCodeFilter</name>
    <message>
        <location filename="../modules/onemap/gridcodefilter.cpp" line="+21"/>
        <source>No area %1 on the map.</source>
        <translation>地图上没有区域 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area %1</source>
        <translation>区域 %1</translation>
    </message>
</context>
<context>
    <name>yw::onemap::HeatMapControl</name>
    <message>
        <location filename="../modules/onemap/heatmapcontrol.cpp" line="+22"/>
        <source>All cases</source>
        <translation>案件总数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cases, last %2 days</source>
        <translation>近 %2 天 %1 件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown class filter %1.</source>
        <translation>未知的类别筛选 %1。</translation>
    </message>
</context>
<context>
    <name>yw::onemap::IdentifyTool</name>
    <message>
        <location filename="../modules/onemap/identifytool.cpp" line="+32"/>
        <location line="+25"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Maintainer</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>In the rectangle</source>
        <translation>框选范围内</translation>
    </message>
</context>
<context>
    <name>yw::onemap::MapExporter</name>
    <message>
        <location filename="../modules/onemap/mapexporter.cpp" line="+17"/>
        <source>No map to export.</source>
        <translation>没有可导出的地图。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One map of city management</source>
        <translation>城市运行管理一张图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>yw::onemap::MapLayerSet</name>
    <message>
        <location filename="../modules/onemap/maplayerset.cpp" line="+30"/>
        <source>Districts</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit grids</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case heat map</source>
        <translation>案件热力图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clock</source>
        <translation>未计时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sensors, cameras, vehicles</source>
        <translation>传感器、摄像头、车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor in alarm</source>
        <translation>告警传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Vehicles and their tracks</source>
        <translation>车辆及轨迹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last half hour</source>
        <translation>近半小时轨迹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Basemap %1</source>
        <translation>底图 %1</translation>
    </message>
</context>
<context>
    <name>yw::onemap::MapSearch</name>
    <message>
        <location filename="../modules/onemap/mapsearch.cpp" line="+39"/>
        <source>Nothing called &quot;%1&quot;: give a case number, a component or grid code, or a place name.</source>
        <translation>没有找到“%1”：请输入案件号、部件或网格编码，或地名。</translation>
    </message>
</context>
<context>
    <name>yw::onemap::MapSettings</name>
    <message>
        <location filename="../modules/onemap/mapsettings.cpp" line="+85"/>
        <source>The address must start with http:// or https://.</source>
        <translation>地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind is XYZ, WMS or WMTS.</source>
        <translation>类型为 XYZ、WMS 或 WMTS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An XYZ address needs {z}, {x} and {y} where the tile goes.</source>
        <translation>XYZ 地址须在瓦片位置含有 {z}、{x} 和 {y}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WMS or WMTS server needs the name of the layer to draw.</source>
        <translation>WMS 或 WMTS 服务须给出要绘制的图层名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time-out is between 0.5 and 60 seconds.</source>
        <translation>超时须在 0.5 到 60 秒之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 raster servers.</source>
        <translation>最多 %1 个栅格服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such server.</source>
        <translation>没有这个服务。</translation>
    </message>
</context>
<context>
    <name>yw::onemap::MeasureTool</name>
    <message>
        <location filename="../modules/onemap/measuretool.cpp" line="+60"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 km²</source>
        <translation>%1 平方千米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
</context>
<context>
    <name>yw::onemap::OneMapModule</name>
    <message>
        <location filename="../modules/onemap/onemapmodule.cpp" line="+17"/>
        <source>One map</source>
        <translation>一张图</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Layers and basemaps</source>
        <translation>图层与底图</translation>
    </message>
</context>
<context>
    <name>yw::onemap::PlaceNameFilter</name>
    <message>
        <location filename="../modules/onemap/placenamefilter.cpp" line="+21"/>
        <source>&quot;%1&quot; matches %2 places; type more of the name.</source>
        <translation>“%1”匹配 %2 个地点，请输入更完整的名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing called &quot;%1&quot;: give a case number, a component or grid code, or a place name.</source>
        <translation>没有找到“%1”：请输入案件号、部件或网格编码，或地名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No area %1 on the map.</source>
        <translation>地图上没有区域 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area %1</source>
        <translation>区域 %1</translation>
    </message>
</context>
<context>
    <name>yw::overview::CaseEventFeedModel</name>
    <message>
        <location filename="../modules/overview/caseeventfeedmodel.cpp" line="+41"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
</context>
<context>
    <name>yw::overview::OverviewModule</name>
    <message>
        <location filename="../modules/overview/overviewmodule.cpp" line="+14"/>
        <source>Duty overview</source>
        <translation>值班总览</translation>
    </message>
</context>
<context>
    <name>yw::scenario::CanvasEditor</name>
    <message>
        <location filename="../modules/scenario/canvaseditor.cpp" line="+147"/>
        <source>Change the screen</source>
        <translation>修改屏幕</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the refresh</source>
        <translation>修改刷新间隔</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ColumnFormat</name>
    <message>
        <location filename="../modules/scenario/columnformat.cpp" line="+57"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ControlListModel</name>
    <message>
        <location filename="../modules/scenario/controllistmodel.cpp" line="+18"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As set</source>
        <translation>按组件设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>近7日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>近30日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
</context>
<context>
    <name>yw::scenario::DimensionNames</name>
    <message>
        <location filename="../modules/scenario/dimensionnames.cpp" line="+21"/>
        <source>manhole tilt sensor</source>
        <translation>井盖倾斜监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water level sensor</source>
        <translation>积水水位监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gas sensor</source>
        <translation>燃气浓度监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bridge strain sensor</source>
        <translation>桥梁应变监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>区级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1h</source>
        <translation>%1时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week of %1</source>
        <translation>%1起一周</translation>
    </message>
</context>
<context>
    <name>yw::scenario::QueryBuilder</name>
    <message>
        <location filename="../modules/scenario/querybuilder.cpp" line="+49"/>
        <source>This source is edited as JSON.</source>
        <translation>此数据源以 JSON 编辑。</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioCatalog</name>
    <message>
        <location filename="../modules/scenario/scenariocatalog.cpp" line="+47"/>
        <source>Template, %1×%2</source>
        <translation>模板，%1×%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Published r%1 · saved by %2, %3</source>
        <translation>已发布第%1版 · %2 保存于 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft · saved by %1, %2</source>
        <translation>草稿 · %1 保存于 %2</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioDiff</name>
    <message>
        <location filename="../app/scenario/scenariodiff.cpp" line="+37"/>
        <source>theme %1 → %2</source>
        <translation>主题 %1 → %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>type %1 → %2</source>
        <translation>类型 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved from %1 to %2</source>
        <translation>从 %1 移到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resized from %1 to %2</source>
        <translation>大小从 %1 改为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>数据源“%1”→“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 set</source>
        <translation>设置了 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 removed</source>
        <translation>删除了 %1</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioEditor</name>
    <message>
        <location filename="../app/scenario/scenarioeditor.cpp" line="+134"/>
        <source>Change source %1</source>
        <translation>修改数据源 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove source %1</source>
        <translation>删除数据源 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change widget</source>
        <translation>修改组件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioHistory</name>
    <message>
        <location filename="../modules/scenario/scenariohistory.cpp" line="+29"/>
        <source>widget</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>controls</source>
        <translation>控件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The draft is the same as revision %1.</source>
        <translation>草稿与第%1版相同。</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioMap</name>
    <message>
        <location filename="../modules/scenario/scenariomap.cpp" line="+17"/>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioModule</name>
    <message>
        <location filename="../modules/scenario/scenariomodule.cpp" line="+16"/>
        <source>Scenarios</source>
        <translation>场景构建</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioRun</name>
    <message>
        <location filename="../modules/scenario/scenariorun.cpp" line="+232"/>
        <source>This widget is not in the scenario.</source>
        <translation>场景中没有这个组件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of Yiwang cannot show a widget of the type &apos;%1&apos;; it is kept as it is.</source>
        <translation>本版本无法显示“%1”类型的组件，已原样保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the data this widget shows.</source>
        <translation>请为此组件选择数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source &apos;%1&apos; is not in the scenario.</source>
        <translation>场景中没有数据源“%1”。</translation>
    </message>
</context>
<context>
    <name>yw::scenario::ScenarioWorkspace</name>
    <message>
        <location filename="../modules/scenario/scenarioworkspace.cpp" line="+64"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft %1 · published r%2</source>
        <translation>草稿第%1版 · 已发布第%2版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft %1 · not published</source>
        <translation>草稿第%1版 · 未发布</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The scenario cannot be shown: %1</source>
        <translation>无法显示此场景：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only administrators, shift leaders and leaders change scenarios.</source>
        <translation>只有管理员、值班长和领导可以修改场景。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: %1 saved version %2 of this scenario meanwhile. Your changes stay on the screen: export them to a file, or open the scenario again.</source>
        <translation>未保存：%1 已在此期间保存了第%2版。您的修改仍在屏幕上：可导出为文件，或重新打开场景。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published as revision %1.</source>
        <translation>已发布为第%1版。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a saved scenario has revisions.</source>
        <translation>只有已保存的场景才有历史版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 is the draft again.</source>
        <translation>第%1版已恢复为草稿。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a scenario: %2</source>
        <translation>%1 不是场景文件：%2</translation>
    </message>
</context>
<context>
    <name>yw::shell::ErrorMessages</name>
    <message>
        <location filename="../app/shell/errormessages.cpp" line="+24"/>
        <source>Wrong login or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not allowed: %1</source>
        <translation>无权操作：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone else changed this record first. It has been reloaded; please check and try again.</source>
        <translation>该记录已被其他席位先行修改，已重新载入，请核对后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be reached. Check the network and the database server; the details are in the log.</source>
        <translation>无法连接数据库。请检查网络和数据库服务器；详细信息见日志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer version of Yiwang. Update this workstation.</source>
        <translation>此数据库由更新版本的一网统管写入。请升级本席位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database was lost while saving: the change may or may not have been stored. Look at the record again before repeating it.</source>
        <translation>保存时与数据库的连接中断：这次修改可能已保存，也可能没有。请先重新查看该记录，再决定是否重做。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Yiwang database.</source>
        <translation>这不是一网统管数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged. Ask the administrator to check it (yiwang-admin check); the details are in the log.</source>
        <translation>数据库已损坏。请管理员检查（yiwang-admin check）；详细信息见日志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the program; the details are in the log.</source>
        <translation>程序内部出错；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>yw::shell::Platform</name>
    <message>
        <location filename="../app/shell/platform.cpp" line="+33"/>
        <source>%1 is a training database (实训库). Its cases are exercises, not the city&apos;s: open it with yiwang --training. Nothing was changed.</source>
        <translation>%1 是实训库，其中的案件是演练数据而非城市真实案件：请用 yiwang --training 打开。未做任何改动。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a production database. A training client works only on a training database, made from it with yiwang-admin training create. Nothing was changed.</source>
        <translation>%1 是生产库。实训客户端只能打开实训库（用 yiwang-admin training create 由生产库生成）。未做任何改动。</translation>
    </message>
</context>
<context>
    <name>yw::shell::ShellController</name>
    <message>
        <location filename="../app/shell/shellcontroller.cpp" line="+74"/>
        <source>Loading: %1</source>
        <translation>正在加载：%1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo city: sign in as shift1 (shift leader), dispatch01, intake01, inspector001, leader1 or admin; password %1</source>
        <translation>演示城市账号：shift1（值班长）、dispatch01、intake01、inspector001、leader1 或 admin；密码 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your login.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a login for the administrator.</source>
        <translation>请为系统管理员输入用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 8 characters, with letters and digits.</source>
        <translation>密码至少 8 位，并且同时包含字母和数字。</translation>
    </message>
</context>
<context>
    <name>yw::store::AttachmentStore</name>
    <message>
        <location filename="../app/store/attachmentstore.cpp" line="+39"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 MB; a photo may have at most %3 MB.</source>
        <translation>%1 有 %2 MB；照片最大 %3 MB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 不是 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not active.</source>
        <translation>此账号未启用。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only the centre, the inspectors and the owning department add photos to case %1.</source>
        <translation>只有指挥中心、监督员和责任部门可以为案件 %1 添加照片。</translation>
    </message>
</context>
<context>
    <name>yw::store::CaseMarks</name>
    <message>
        <location filename="../app/store/casemarks.cpp" line="+37"/>
        <source>A case is muted for 1 to %1 minutes.</source>
        <translation>案件静音时长为 1 至 %1 分钟。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note has at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your roles may not mark cases on the board.</source>
        <translation>您的角色不能在看板上标记案件。</translation>
    </message>
</context>
<context>
    <name>yw::store::CaseService</name>
    <message>
        <location filename="../app/store/caseservice.cpp" line="+37"/>
        <source>Please describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is longer than 2000 characters.</source>
        <translation>问题描述超过 2000 字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A component id belongs to a component case.</source>
        <translation>部件编码只能用于部件类案件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component %1 is not of class %2.</source>
        <translation>部件 %1 不属于小类 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The location %1, %2 is not in China as longitude, latitude (CGCS2000/WGS84 degrees): wrong coordinate system, or swapped?</source>
        <translation>位置 %1, %2 作为经度、纬度（CGCS2000/WGS84 度）不在中国境内：坐标系错误，或经纬度颠倒？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say where the problem is: at least the district.</source>
        <translation>请说明问题位置：至少指明所在区。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Area %1 is not part of this city.</source>
        <translation>区域 %1 不属于本市。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The place lies outside the areas you act for.</source>
        <translation>该位置不在您负责的区域内。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your roles may not report cases.</source>
        <translation>您的角色不能上报案件。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Case %1 was changed elsewhere (now version %2, you saw version %3): reload it and try again.</source>
        <translation>案件 %1 已在其他席位被修改（现为第 %2 版，您看到的是第 %3 版）：请刷新后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No department with id %1.</source>
        <translation>没有编号为 %1 的部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department %1 is no longer active.</source>
        <translation>部门 %1 已停用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case with id %1 to merge into.</source>
        <translation>没有编号为 %1 的案件可供合并。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1 is itself merged into another.</source>
        <translation>案件 %1 本身已合并到其他案件。</translation>
    </message>
</context>
<context>
    <name>yw::training::ExerciseReader</name>
    <message>
        <location filename="../app/training/exercisereader.cpp" line="+40"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an exercise is a JSON object</source>
        <translation>演练科目文件应为一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an exercise file (&quot;schema&quot;: &quot;yiwang-exercise&quot; is missing)</source>
        <translation>不是演练科目文件（缺少 &quot;schema&quot;: &quot;yiwang-exercise&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written for a newer Yiwang (exercise version %1; this one reads up to %2): update Yiwang</source>
        <translation>该文件由更新版本的一网统管编写（科目版本 %1，本程序最高支持 %2）：请升级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;version&quot; is missing</source>
        <translation>缺少 &quot;version&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an exercise needs an &quot;id&quot; and a &quot;title&quot;</source>
        <translation>演练科目需要 &quot;id&quot; 和 &quot;title&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;start&quot; is the time of day the exercise starts, as HH:MM</source>
        <translation>&quot;start&quot; 是演练开始的时刻，格式为 HH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;durationMinutes&quot; is a positive number of minutes</source>
        <translation>&quot;durationMinutes&quot; 应为正的分钟数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;speed&quot; is between 1 and 60</source>
        <translation>&quot;speed&quot; 应在 1 到 60 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;timeline&quot; is empty</source>
        <translation>&quot;timeline&quot; 为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a timeline entry is an object</source>
        <translation>时间线的每一项应为对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry has no &quot;id&quot;</source>
        <translation>该项缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; 重复使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; at minute %2 comes after minute %3: the timeline is in time order</source>
        <translation>&quot;%1&quot; 位于第 %2 分钟，排在第 %3 分钟之后：时间线须按时间顺序排列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; at minute %2 is after the exercise ends (minute %3)</source>
        <translation>&quot;%1&quot; 位于第 %2 分钟，晚于演练结束（第 %3 分钟）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown kind &quot;%1&quot; (case, call, callback, sensorAlarm, typhoonWarning, departmentOffDuty, extensionRequest)</source>
        <translation>未知类型 &quot;%1&quot;（case、call、callback、sensorAlarm、typhoonWarning、departmentOffDuty、extensionRequest）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;at&quot; is the minute of the exercise the entry happens at</source>
        <translation>&quot;at&quot; 是该项发生的演练分钟数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is no earlier report of this exercise</source>
        <translation>&quot;%1&quot; 指向的 &quot;%2&quot; 不是本科目中更早的上报</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: there is no department %2</source>
        <translation>&quot;%1&quot;：没有部门 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>未知来源渠道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a photo given inside the file is not base64 data</source>
        <translation>文件内嵌的照片不是 base64 数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the photo %1 is not beside the exercise file</source>
        <translation>照片 %1 不在演练科目文件旁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JPEG or PNG photo</source>
        <translation>%1 不是 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown urgency &quot;%1&quot;</source>
        <translation>未知紧急程度 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown class %1 (not in the city&apos;s taxonomy)</source>
        <translation>未知类别 %1（不在本市分类标准中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a report that arrives by itself needs its &quot;class&quot; or &quot;component&quot;</source>
        <translation>自动到达的上报需要 &quot;class&quot; 或 &quot;component&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no component %1 in the city</source>
        <translation>本市没有部件 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the place %1, %2 is outside the city&apos;s unit grids</source>
        <translation>位置 %1, %2 不在本市单元网格内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;place&quot; is [longitude, latitude] (EPSG:4490)</source>
        <translation>&quot;place&quot; 为 [经度, 纬度]（EPSG:4490）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a report needs its &quot;text&quot;</source>
        <translation>上报需要 &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected class %1 is not in the city&apos;s taxonomy</source>
        <translation>期望类别 %1 不在本市分类标准中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a call needs the class expected (&quot;expect&quot;: {&quot;class&quot;: …})</source>
        <translation>来电需要给出期望类别（&quot;expect&quot;: {&quot;class&quot;: …}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected owner %1 is not a department of the city</source>
        <translation>期望责任单位 %1 不是本市部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a report to be filed needs its expected &quot;owner&quot;</source>
        <translation>应立案的上报需要期望的 &quot;owner&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a warning needs its &quot;title&quot;</source>
        <translation>预警需要 &quot;title&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;until&quot; is the minute the department is back, after &quot;at&quot;</source>
        <translation>&quot;until&quot; 是部门恢复的分钟数，须晚于 &quot;at&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;hours&quot; is the extension asked for, in working hours</source>
        <translation>&quot;hours&quot; 是申请延期的工作小时数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request needs the department&apos;s reason (&quot;text&quot;)</source>
        <translation>申请需要部门的理由（&quot;text&quot;）</translation>
    </message>
</context>
<context>
    <name>yw::training::ExerciseRunner</name>
    <message>
        <location filename="../app/training/exerciserunner.cpp" line="+60"/>
        <source>The exercise has no item %1.</source>
        <translation>演练科目中没有条目 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>No exercise is loaded in this seat.</source>
        <translation>该席位未加载演练科目。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 cannot go in yet: its case is not being handled.</source>
        <translation>%1 暂不能注入：其案件尚未进入处置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a report that arrives by itself can be put in by hand.</source>
        <translation>人工注入只能是自动到达的上报。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exercise has an item %1 already.</source>
        <translation>演练科目中已有条目 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown class %1.</source>
        <translation>未知类别 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place is outside the city&apos;s unit grids.</source>
        <translation>该位置不在本市单元网格内。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise: %1</source>
        <translation>演练：%1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Sensor alarm</source>
        <translation>传感器告警</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call: %1</source>
        <translation>来电：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinates: %1, %2</source>
        <translation>坐标：%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is off duty until %2</source>
        <translation>%1 暂停接件至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispatch its cases to %1 meanwhile.</source>
        <translation>期间其案件请派遣至 %1。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Exercise sensor</source>
        <translation>演练传感器</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Handled on site.</source>
        <translation>已现场处置完毕。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not found on site.</source>
        <translation>现场核实不属实。</translation>
    </message>
</context>
<context>
    <name>yw::training::TraineeScorer</name>
    <message>
        <location filename="../app/training/traineescorer.cpp" line="+33"/>
        <source>No exercise was run in this seat.</source>
        <translation>该席位未进行演练。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+28"/>
        <location line="+1"/>
        <location line="+112"/>
        <location line="+4"/>
        <source>not filed</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>within the limit</source>
        <translation>时限内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no call asks for this case</source>
        <translation>没有来电需要此案件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not to be dispatched</source>
        <translation>不应派遣</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a repeat</source>
        <translation>并非重复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to be filed</source>
        <translation>应立案</translation>
    </message>
</context>
<context>
    <name>yw::training::TrainingRoom</name>
    <message>
        <location filename="../app/training/trainingroom.cpp" line="+73"/>
        <source>only a trainer may %1 (the signed-in user is not one)</source>
        <translation>只有培训教员可以%1（当前登录用户不是）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prepare an exercise</source>
        <translation>准备演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one trainee.</source>
        <translation>请至少选择一名学员。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The seat of %1 cannot be opened: %2</source>
        <translation>无法打开 %1 的席位：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seat of %1 runs no exercise.</source>
        <translation>%1 的席位未运行演练。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>start or pause the exercise</source>
        <translation>开始或暂停演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Prepare the seats first.</source>
        <translation>请先准备席位。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The exercise has ended.</source>
        <translation>演练已结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speed is between 1× and 60×.</source>
        <translation>倍速应在 1× 到 60× 之间。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>put an item in</source>
        <translation>注入条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercise has no item %1.</source>
        <translation>演练科目中没有条目 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>put a report in</source>
        <translation>人工注入上报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report needs its words.</source>
        <translation>上报需要填写内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tell the trainees something</source>
        <translation>通知学员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice needs a title.</source>
        <translation>通知需要标题。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>end the exercise</source>
        <translation>结束演练</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No such seat.</source>
        <translation>没有该席位。</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::DebriefPdfWriter</name>
    <message>
        <location filename="../modules/training/debriefpdfwriter.cpp" line="+18"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken</source>
        <translation>未受理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call taken</source>
        <translation>来电录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not filed</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat recognised</source>
        <translation>识别重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken in time</source>
        <translation>按时受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed in time</source>
        <translation>按时立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatched in time</source>
        <translation>按时派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension decided</source>
        <translation>延期审批</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training debrief: %1</source>
        <translation>实训讲评：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Training debrief (实训讲评)</source>
        <translation>实训讲评</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainee: %1    Exercise: %2</source>
        <translation>学员：%1    科目：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>What was scored</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check</source>
        <translation>评分点</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Done</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decisions, in exercise time</source>
        <translation>操作记录（演练时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::ExerciseCatalog</name>
    <message>
        <location filename="../modules/training/exercisecatalog.cpp" line="+54"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an exercise file (&quot;schema&quot;: &quot;yiwang-exercise&quot;).</source>
        <translation>%1 不是演练科目文件（&quot;schema&quot;: &quot;yiwang-exercise&quot;）。</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::HistoryReplay</name>
    <message>
        <location filename="../modules/training/historyreplay.cpp" line="+45"/>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>受理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the department</source>
        <translation>部门处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and closure</source>
        <translation>核查与结案</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A day is written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No case was open on %1.</source>
        <translation>%1 没有在办案件。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::RoomDriver</name>
    <message>
        <location filename="../modules/training/roomdriver.cpp" line="+89"/>
        <source>Prepare the seats first.</source>
        <translation>请先准备席位。</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::ScoreReport</name>
    <message>
        <location filename="../modules/training/scorereport.cpp" line="+43"/>
        <source>%1 of %2 points · %3 wrong actions · %4 calls missed · %5 of %6 steps within their limits · mean minutes to take %7, to file %8, to dispatch %9</source>
        <translation>得分点 %1 / %2 · 错误操作 %3 次 · 漏接来电 %4 个 · 按时完成环节 %5 / %6 · 平均用时（分钟）：受理 %7，立案 %8，派遣 %9</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::TraineeDesk</name>
    <message>
        <location filename="../modules/training/traineedesk.cpp" line="+57"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused by the trainer</source>
        <translation>教员已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the trainer</source>
        <translation>等待教员开始</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::TrainingConsole</name>
    <message>
        <location filename="../modules/training/trainingconsole.cpp" line="+100"/>
        <source>Preparing the seats…</source>
        <translation>正在准备席位…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+81"/>
        <source>Resetting the seats…</source>
        <translation>正在重置席位…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The place is written as longitude, latitude (for example 112.985, 28.195).</source>
        <translation>位置请写作“经度, 纬度”（例如 112.985, 28.195）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The seats were made anew: each trainee opens their seat again.</source>
        <translation>席位已重新生成：请各学员重新打开自己的席位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seats are ready. Each trainee opens their own seat (shown in the list); then start the exercise.</source>
        <translation>席位已就绪。请各学员打开自己的席位（见列表），然后开始演练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put in.</source>
        <translation>已注入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every trainee was told.</source>
        <translation>已通知全体学员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exercise has ended. Choose a trainee for the debrief.</source>
        <translation>演练已结束。请选择学员查看讲评。</translation>
    </message>
</context>
<context>
    <name>yw::trainingmodule::TrainingModule</name>
    <message>
        <location filename="../modules/training/trainingmodule.cpp" line="+15"/>
        <source>Training</source>
        <translation>实训</translation>
    </message>
</context>
<context>
    <name>yw::videowall::VideowallModule</name>
    <message>
        <location filename="../modules/videowall/videowallmodule.cpp" line="+17"/>
        <source>Video wall</source>
        <translation>大屏</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Camera</source>
        <translation>视频监控</translation>
    </message>
</context>
<context>
    <name>yw::videowall::WallLink</name>
    <message>
        <location filename="../modules/videowall/walllink.cpp" line="+39"/>
        <source>The wall is not reachable at %1</source>
        <translation>无法连接大屏 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No wall is set for this workstation: give its address and token below</source>
        <translation>本工作站尚未设置大屏：请在下方填写地址和令牌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the wall at %1…</source>
        <translation>正在连接大屏 %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The wall refused this workstation&apos;s token: %1</source>
        <translation>大屏拒绝了本工作站的令牌：%1</translation>
    </message>
</context>
<context>
    <name>yw::videowall::WallPanel</name>
    <message>
        <location filename="../modules/videowall/wallpanel.cpp" line="+156"/>
        <source>The wall refused: %1</source>
        <translation>大屏拒绝：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preset %1 is on the wall</source>
        <translation>预案 %1 已上大屏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wall is in night mode</source>
        <translation>大屏已切换为夜间模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wall is in day mode</source>
        <translation>大屏已切换为日间模式</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Case %1 is on the wall</source>
        <translation>案件 %1 已上大屏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map view is on the wall</source>
        <translation>地图视图已上大屏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario is on the wall</source>
        <translation>场景已上大屏</translation>
    </message>
</context>
</TS>
