;; The left operand is spilled by a call and read back.

(module
  (func $g (result f32) (f32.const 2))
  (func (export "f") (param $a f32) (param $b f32) (result f32)
    (f32.add (f32.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002D
;;     1e: mov     r11d,0x40000000
;;     24: movd    xmm0,r11d
;;     29: leave
;;     2a: ret     8
;;     2d: cmp     dword ptr [r11+0x14],0
;;     36: jne     0x000000000000004C
;;     3c: cmp     rax,[r11+0x38]
;;     41: jb      0x0000000000000066
;;     47: jmp     0x000000000000001E
;;     4c: mov     r11,[r14]
;;     51: mov     qword ptr [r11+0x18],0x25
;;     5a: mov     eax,0xA
;;     60: mov     rsp,[r11+8]
;;     65: ret
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x25
;;     74: mov     eax,9
;;     7a: mov     rsp,[r11+8]
;;     7f: ret

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
;;     2c: mulss   xmm1,xmm0
;;     31: lea     rsp,[rsp-8]
;;     36: movsd   [rsp],xmm1
;;     3d: lea     rsp,[rsp-8]
;;     42: call    0xFFFFFFFFFFFFFF80
;;     47: mov     r14,[rbp-8]
;;     4c: movsd   xmm1,[rbp-0x10]
;;     53: lea     rsp,[rsp+8]
;;     58: addss   xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret     0x10
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x2D
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x2D
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
