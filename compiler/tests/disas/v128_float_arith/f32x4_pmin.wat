;; `f32x4.pmin` of two locals.
;; Finding (SSE4.1): the operation computes into the other operand's register, then two
;; `movaps` move the result back (`movaps xmm1,xmm0; movaps xmm0,xmm1`).

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f32x4.pmin (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003C
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: minps   xmm0,xmm1
;;     30: movaps  xmm1,xmm0
;;     34: movaps  xmm0,xmm1
;;     38: leave
;;     39: ret     0x20
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x20
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vminps  xmm1,xmm0,xmm1
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret     0x20
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x20
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x20
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret
