;; The left operand is spilled by a call and read back.

(module
  (func $g (result f64) (f64.const 2))
  (func (export "f") (param $a f64) (param $b f64) (result f64)
    (f64.add (f64.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     r11,0x4000000000000000
;;     28: movq    xmm0,r11
;;     2d: leave
;;     2e: ret     8
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x25
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x25
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000065
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: mulsd   xmm1,xmm0
;;     31: lea     rsp,[rsp-8]
;;     36: movsd   [rsp],xmm1
;;     3d: lea     rsp,[rsp-8]
;;     42: call    0xFFFFFFFFFFFFFF70
;;     47: mov     r14,[rbp-8]
;;     4c: movsd   xmm1,[rbp-0x10]
;;     53: lea     rsp,[rsp+8]
;;     58: addsd   xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret     0x10
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x31
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x31
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
