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
;;     18: jb      0x000000000000002F
;;     1e: mov     r11,0x4000000000000000
;;     28: movq    xmm0,r11
;;     2d: leave
;;     2e: ret
;;     2f: cmp     dword ptr [r11+0x14],0
;;     38: jne     0x000000000000004E
;;     3e: cmp     rax,[r11+0x38]
;;     43: jb      0x0000000000000068
;;     49: jmp     0x000000000000001E
;;     4e: mov     r11,[r14]
;;     53: mov     qword ptr [r11+0x18],0x25
;;     5c: mov     eax,0xA
;;     62: mov     rsp,[r11+8]
;;     67: ret
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x25
;;     76: mov     eax,9
;;     7c: mov     rsp,[r11+8]
;;     81: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000063
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: mulsd   xmm1,xmm0
;;     31: lea     rsp,[rsp-8]
;;     36: movsd   [rsp],xmm1
;;     3d: lea     rsp,[rsp-8]
;;     42: call    0xFFFFFFFFFFFFFF70
;;     47: lea     rsp,[rsp+8]
;;     4c: movsd   xmm1,[rbp-0x10]
;;     53: lea     rsp,[rsp+8]
;;     58: addsd   xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret
;;     63: cmp     dword ptr [r11+0x14],0
;;     6c: jne     0x0000000000000082
;;     72: cmp     rax,[r11+0x38]
;;     77: jb      0x000000000000009C
;;     7d: jmp     0x000000000000001E
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x31
;;     90: mov     eax,0xA
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x31
;;     aa: mov     eax,9
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
